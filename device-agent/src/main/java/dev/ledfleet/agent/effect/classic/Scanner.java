package dev.ledfleet.agent.effect.classic;

import dev.ledfleet.agent.color.Rgb;
import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import dev.ledfleet.agent.effect.EffectParams;
import dev.ledfleet.agent.effect.EffectSetup;

/**
 * A Larson scanner: an eye sweeps from end to end and back, one pixel per step, trailing a fading
 * copy of where it was in the last few steps.
 */
public final class Scanner implements Effect {

    private final int color;
    private final int background;
    private final int tail;
    private final double stepMs;
    private final int size;
    private final int range;

    public Scanner(EffectSetup setup) {
        EffectParams params = setup.params();
        int length = setup.width() * setup.height();
        this.color = params.color("color");
        this.background = params.color("background");
        this.tail = params.integer("tail-length");
        this.stepMs = params.number("speed") * 1000;
        this.size = Math.min(params.integer("size"), length);
        this.range = length - size;
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        canvas.fill(background);
        long step = step(timeMs);
        // Oldest first, so the brighter, newer positions win where they overlap.
        for (int age = tail; age >= 0; age--) {
            int level = 255 * (tail + 1 - age) / (tail + 1);
            int head = position(step - age);
            int shade = Rgb.blend(background, color, level);
            for (int i = head; i < Math.min(head + size, canvas.size()); i++) {
                canvas.set(i, shade);
            }
        }
    }

    /** One cycle is there and back again. */
    @Override
    public long cyclesCompleted(long timeMs) {
        return range == 0 ? 0 : Math.max(0, step(timeMs)) / (2L * range);
    }

    /** The eye's first pixel at {@code step}: 0 up to range, then back down. */
    int position(long step) {
        if (range == 0) {
            return 0;
        }
        int phase = (int) Math.floorMod(step, 2L * range);
        return phase <= range ? phase : 2 * range - phase;
    }

    private long step(long timeMs) {
        return (long) Math.floor(timeMs / stepMs);
    }
}
