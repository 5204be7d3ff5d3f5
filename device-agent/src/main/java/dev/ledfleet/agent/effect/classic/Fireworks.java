package dev.ledfleet.agent.effect.classic;

import dev.ledfleet.agent.color.Rgb;
import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import dev.ledfleet.agent.effect.EffectParams;
import dev.ledfleet.agent.effect.EffectSetup;
import dev.ledfleet.agent.effect.StepRandom;

/**
 * Bursts of sparks in random colours explode at random places, fly apart, fall and fade; on a strip
 * the sparks fly left and right. Burst k goes off at k times the interval, so any moment can be
 * drawn from the seed alone.
 */
public final class Fireworks implements Effect {

    private static final double GRAVITY_PER_SPEED = 0.6;

    private final long seed;
    private final double intervalMs;
    private final double lifetimeMs;
    private final int sparks;
    private final double burstSpeed;
    private final int background;

    public Fireworks(EffectSetup setup) {
        EffectParams params = setup.params();
        this.seed = setup.seed();
        this.intervalMs = params.number("interval") * 1000;
        this.lifetimeMs = params.number("lifetime") * 1000;
        this.sparks = params.integer("sparks");
        this.burstSpeed = params.number("burst-speed");
        this.background = params.color("background");
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        canvas.fill(background);
        long last = (long) Math.floor(timeMs / intervalMs);
        long first = Math.max(0, (long) Math.ceil((timeMs - lifetimeMs) / intervalMs));
        for (long burst = first; burst <= last; burst++) {
            double ageMs = timeMs - burst * intervalMs;
            if (ageMs >= 0 && ageMs < lifetimeMs) {
                drawBurst(burst, ageMs / 1000, canvas);
            }
        }
    }

    /** One cycle is one burst interval. */
    @Override
    public long cyclesCompleted(long timeMs) {
        return Math.max(0, (long) Math.floor(timeMs / intervalMs));
    }

    private void drawBurst(long burst, double age, Canvas canvas) {
        int w = canvas.width();
        int h = canvas.height();
        boolean flat = h == 1;
        double cx = (0.1 + 0.8 * StepRandom.unit(seed, burst, 0)) * (w - 1);
        double cy = flat ? 0 : (0.15 + 0.5 * StepRandom.unit(seed, burst, 1)) * (h - 1);
        double hue = StepRandom.unit(seed, burst, 2);
        double turn = StepRandom.unit(seed, burst, 3);
        double fade = 1 - age / (lifetimeMs / 1000);
        double gravity = flat ? 0 : burstSpeed * GRAVITY_PER_SPEED;
        for (int s = 0; s < sparks; s++) {
            double angle = 2 * Math.PI * (s + turn) / sparks;
            double speed = burstSpeed * (0.5 + 0.5 * StepRandom.unit(seed, burst, 10 + s));
            double x = cx + Math.cos(angle) * speed * age;
            double y = cy + (flat ? 0 : Math.sin(angle) * speed * age + 0.5 * gravity * age * age);
            int shade = Rgb.hsv(hue + 0.08 * StepRandom.unit(seed, burst, 100 + s), 0.85, fade * fade);
            plot(canvas, x, y, shade);
        }
    }

    /** Sparks add light, so overlapping bursts brighten rather than hide each other. */
    private static void plot(Canvas canvas, double x, double y, int shade) {
        int px = (int) Math.round(x);
        int py = (int) Math.round(y);
        if (px >= 0 && px < canvas.width() && py >= 0 && py < canvas.height()) {
            canvas.set(px, py, Rgb.add(canvas.get(px, py), shade));
        }
    }
}
