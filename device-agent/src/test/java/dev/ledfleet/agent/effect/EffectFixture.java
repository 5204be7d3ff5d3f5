package dev.ledfleet.agent.effect;

import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.effect.EffectSpec;
import dev.ledfleet.protocol.effect.ParamValidator;
import dev.ledfleet.protocol.message.InvalidMessageException;
import java.util.Map;

/** Starts catalog effects the way the engine does: parameters validated into canonical form first. */
public final class EffectFixture {

    public static final long SEED = 42;

    private EffectFixture() {
    }

    public static EffectSetup setup(String id, int width, int height, Map<String, ?> params, long seed, long startEpochMs) {
        EffectSpec spec = EffectCatalog.standard().find(id).orElseThrow();
        try {
            return new EffectSetup(new EffectParams(spec, ParamValidator.validate(spec, params)), width, height, seed,
                    startEpochMs);
        } catch (InvalidMessageException e) {
            throw new AssertionError("test parameters are invalid: " + e.getMessage(), e);
        }
    }

    public static Effect start(String id, int width, int height, Map<String, ?> params) {
        return start(id, width, height, params, SEED, 0);
    }

    public static Effect start(String id, int width, int height, Map<String, ?> params, long seed, long startEpochMs) {
        EffectSetup setup = setup(id, width, height, params, seed, startEpochMs);
        return EffectRegistry.standard().find(id).orElseThrow().create(setup);
    }

    /** A fresh canvas with {@code effect}'s frame at {@code timeMs}. */
    public static Canvas frame(Effect effect, long timeMs, int width, int height) {
        Canvas canvas = new Canvas(width, height);
        effect.render(timeMs, canvas);
        return canvas;
    }

    /** The canvas as rows of '#' (lit) and '.' (black), joined by newlines. */
    public static String picture(Canvas canvas) {
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < canvas.height(); y++) {
            if (y > 0) {
                out.append('\n');
            }
            for (int x = 0; x < canvas.width(); x++) {
                out.append(canvas.get(x, y) != 0 ? '#' : '.');
            }
        }
        return out.toString();
    }

    /** The canvas as rows of '#' (pixel equals {@code color}) and '.' (anything else), joined by newlines. */
    public static String picture(Canvas canvas, int color) {
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < canvas.height(); y++) {
            if (y > 0) {
                out.append('\n');
            }
            for (int x = 0; x < canvas.width(); x++) {
                out.append(canvas.get(x, y) == color ? '#' : '.');
            }
        }
        return out.toString();
    }
}
