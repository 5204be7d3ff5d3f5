package dev.ledfleet.agent.effect;

import dev.ledfleet.agent.color.Rgb;

/** Matrix code: drops whose every segment is a random shade (10-100%) of the colour fall over a dim background. */
final class MatrixRain implements Effect, RainDrops.Palette {

    private final StepClock clock;
    private final RainDrops drops;
    private final int color;
    private final int background;

    MatrixRain(EffectSetup setup) {
        this.clock = StepClock.of(setup);
        this.drops = new RainDrops(setup);
        this.color = setup.params().color("color");
        this.background = setup.params().color("background");
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        drops.draw(clock.step(timeMs), canvas, background, this);
    }

    @Override
    public int segmentColor(long drop, int segment) {
        int percent = 10 + drops.random(drop, segment, 91);
        return Rgb.scale(color, (percent * 255 + 50) / 100);
    }
}
