package dev.ledfleet.agent.effect;

import dev.ledfleet.agent.color.Rgb;

/** Drops of random hues fall down random columns, brightest at the bottom and fading towards the top. */
final class RainbowRain implements Effect, RainDrops.Palette {

    private final StepClock clock;
    private final RainDrops drops;
    private final int background;
    private final int[] levels;

    RainbowRain(EffectSetup setup) {
        this.clock = StepClock.of(setup);
        this.drops = new RainDrops(setup);
        this.background = setup.params().color("background");
        int length = drops.length();
        this.levels = new int[length];
        for (int segment = 0; segment < length; segment++) {
            // The library's falloff: full at the bottom down to 2/(length+1) at the top.
            levels[segment] = (int) Math.round(255.0 * (segment + 2) / (length + 1));
        }
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        drops.draw(clock.step(timeMs), canvas, background, this);
    }

    @Override
    public int segmentColor(long drop, int segment) {
        return Rgb.scale(Rgb.wheel(drops.random(drop, 0, 256)), levels[segment]);
    }
}
