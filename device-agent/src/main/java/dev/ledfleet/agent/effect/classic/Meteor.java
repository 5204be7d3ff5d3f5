package dev.ledfleet.agent.effect.classic;

import dev.ledfleet.agent.color.Rgb;
import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import dev.ledfleet.agent.effect.EffectParams;
import dev.ledfleet.agent.effect.EffectSetup;
import dev.ledfleet.agent.effect.StepRandom;

/**
 * A bright meteor shoots along the strip one pixel per step, its trail fading behind it; with random
 * decay the trail crumbles into uneven embers, different on every pass.
 */
public final class Meteor implements Effect {

    private final long seed;
    private final int color;
    private final int background;
    private final int size;
    private final int tail;
    private final boolean randomDecay;
    private final boolean reverse;
    private final double stepMs;
    private final int travel;

    public Meteor(EffectSetup setup) {
        EffectParams params = setup.params();
        this.seed = setup.seed();
        this.color = params.color("color");
        this.background = params.color("background");
        this.size = params.integer("size");
        this.tail = params.integer("tail-length");
        this.randomDecay = params.bool("random-decay");
        this.reverse = params.bool("reverse");
        this.stepMs = params.number("speed") * 1000;
        this.travel = setup.width() * setup.height() + size + tail;
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        long step = step(timeMs);
        long pass = Math.floorDiv(step, travel);
        int head = (int) Math.floorMod(step, travel);
        int n = canvas.size();
        for (int i = 0; i < n; i++) {
            int along = reverse ? n - 1 - i : i;
            int behind = head - along;
            int shade = background;
            if (behind >= 0 && behind < size) {
                shade = color;
            } else if (behind >= size && behind < size + tail) {
                double level = 1 - (behind - size + 1) / (double) (tail + 1);
                if (randomDecay) {
                    level *= 0.25 + 0.75 * StepRandom.unit(seed, pass, along);
                }
                shade = Rgb.blend(background, color, (int) (255 * level * level));
            }
            canvas.set(i, shade);
        }
    }

    /** One cycle is the meteor and its whole trail crossing the strip. */
    @Override
    public long cyclesCompleted(long timeMs) {
        return Math.max(0, step(timeMs)) / travel;
    }

    private long step(long timeMs) {
        return (long) Math.floor(timeMs / stepMs);
    }
}
