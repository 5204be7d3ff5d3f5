package dev.ledfleet.agent.effect.classic;

import dev.ledfleet.agent.color.Rgb;
import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import dev.ledfleet.agent.effect.EffectParams;
import dev.ledfleet.agent.effect.EffectSetup;
import dev.ledfleet.agent.effect.StepRandom;

/**
 * Pixels gently swell and fade at random, like stars: each pixel has its own rhythm, and in each of
 * its beats it lights up (with a probability of density / 256) in one of the colours.
 */
public final class Twinkle implements Effect {

    private final long seed;
    private final int density;
    private final int[] colors;
    private final int background;
    private final double[] periodMs;
    private final double[] offsetMs;

    public Twinkle(EffectSetup setup) {
        EffectParams params = setup.params();
        this.seed = setup.seed();
        this.density = params.integer("density");
        this.colors = params.colors("colors");
        this.background = params.color("background");
        int n = setup.width() * setup.height();
        this.periodMs = new double[n];
        this.offsetMs = new double[n];
        double period = params.number("period") * 1000;
        for (int i = 0; i < n; i++) {
            periodMs[i] = period * (0.7 + 0.6 * StepRandom.unit(seed, i, -1));
            offsetMs[i] = periodMs[i] * StepRandom.unit(seed, i, -2);
        }
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        int n = Math.min(canvas.size(), periodMs.length);
        for (int i = 0; i < n; i++) {
            double beats = (timeMs + offsetMs[i]) / periodMs[i];
            long beat = (long) Math.floor(beats);
            int color = background;
            if (StepRandom.below(seed, beat, i, 256) < density) {
                int level = (int) (255 * Rgb.sine(beats - beat, 1));
                color = Rgb.blend(background, colors[StepRandom.below(seed, beat, -3 - i, colors.length)], level);
            }
            canvas.set(i, color);
        }
    }
}
