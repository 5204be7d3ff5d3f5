package dev.ledfleet.agent.effect.classic;

import dev.ledfleet.agent.color.Rgb;
import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import dev.ledfleet.agent.effect.EffectParams;
import dev.ledfleet.agent.effect.EffectSetup;
import dev.ledfleet.agent.effect.StepRandom;

/**
 * A warm light flickers like a candle flame: every step picks a new random brightness and the light
 * glides towards it, now and then dipping deeper; with multi, each pixel is a flame of its own.
 */
public final class Candle implements Effect {

    private final long seed;
    private final int color;
    private final double intensity;
    private final boolean multi;
    private final double stepMs;

    public Candle(EffectSetup setup) {
        EffectParams params = setup.params();
        this.seed = setup.seed();
        this.color = params.color("color");
        this.intensity = params.number("intensity");
        this.multi = params.bool("multi");
        this.stepMs = params.number("speed") * 1000;
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        double steps = timeMs / stepMs;
        long step = (long) Math.floor(steps);
        double glide = steps - step;
        int n = canvas.size();
        int shared = shade(step, glide, 0);
        for (int i = 0; i < n; i++) {
            canvas.set(i, multi ? shade(step, glide, i) : shared);
        }
    }

    private int shade(long step, double glide, int flame) {
        double from = level(step, flame);
        double to = level(step + 1, flame);
        return Rgb.scale(color, from + (to - from) * glide);
    }

    /** Brightness 0-1 a flame aims for at a step: mostly near full, squared noise makes deep dips rare. */
    private double level(long step, int flame) {
        double noise = StepRandom.unit(seed, step, flame);
        return 1 - intensity * noise * noise;
    }
}
