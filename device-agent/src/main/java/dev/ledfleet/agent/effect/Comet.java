package dev.ledfleet.agent.effect;

import dev.ledfleet.agent.color.Rgb;

/** A bright head trailing a tail that fades from 100% to 5% runs along the strip. */
final class Comet implements Effect {

    private final StepClock clock;
    private final CometTrail trail;
    private final int[] colors;
    private final int background;

    Comet(EffectSetup setup) {
        EffectParams params = setup.params();
        int pixels = setup.width() * setup.height();
        int tail = CometTrail.tailLength(params.integer("tail-length"), pixels);
        this.clock = StepClock.of(setup);
        this.trail = new CometTrail(pixels, tail, params.bool("reverse"), params.bool("bounce"), params.bool("ring"));
        this.colors = new int[tail];
        int color = params.color("color");
        for (int i = 0; i < tail; i++) {
            colors[i] = Rgb.scale(color, intensity(i, tail));
        }
        this.background = params.color("background-color");
    }

    /** The library's falloff: 5% at the tail end rising evenly towards 100% at the head. */
    static double intensity(int fromTailEnd, int tail) {
        return fromTailEnd * 0.95 / tail + 0.05;
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        trail.draw(clock.step(timeMs), canvas, colors, background, background);
    }

    @Override
    public long cyclesCompleted(long timeMs) {
        return trail.cycles(clock.step(timeMs));
    }
}
