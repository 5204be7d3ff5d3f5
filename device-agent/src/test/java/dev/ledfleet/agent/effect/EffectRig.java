package dev.ledfleet.agent.effect;

import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.effect.EffectSpec;
import dev.ledfleet.protocol.effect.ParamValidator;
import dev.ledfleet.protocol.message.InvalidMessageException;
import java.util.Map;

/** Starts one effect on a canvas of a given size, the way the engine does, and renders frames of it. */
final class EffectRig {

    private final Effect effect;
    private final Canvas canvas;

    private EffectRig(Effect effect, Canvas canvas) {
        this.effect = effect;
        this.canvas = canvas;
    }

    static EffectRig start(String id, int width, int height, long seed, Map<String, ?> params) {
        EffectSpec spec = EffectCatalog.standard().find(id).orElseThrow();
        Map<String, Object> canonical;
        try {
            canonical = ParamValidator.validate(spec, params);
        } catch (InvalidMessageException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        EffectSetup setup = new EffectSetup(new EffectParams(spec, canonical), width, height, seed, 0);
        Effect effect = EffectRegistry.standard().find(id).orElseThrow().create(setup);
        return new EffectRig(effect, new Canvas(width, height));
    }

    /** A strip of {@code pixels}, seed 1. */
    static EffectRig strip(String id, int pixels, Map<String, ?> params) {
        return start(id, pixels, 1, 1, params);
    }

    /** The frame at {@code timeMs}, as a copy. */
    int[] frame(long timeMs) {
        effect.render(timeMs, canvas);
        return canvas.pixels().clone();
    }

    Effect effect() {
        return effect;
    }

    Canvas canvas() {
        return canvas;
    }

    static int lit(int[] frame) {
        int count = 0;
        for (int rgb : frame) {
            if (rgb != 0) {
                count++;
            }
        }
        return count;
    }

    static int count(int[] frame, int rgb) {
        int count = 0;
        for (int pixel : frame) {
            if (pixel == rgb) {
                count++;
            }
        }
        return count;
    }
}
