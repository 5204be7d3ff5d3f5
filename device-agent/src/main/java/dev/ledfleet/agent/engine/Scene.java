package dev.ledfleet.agent.engine;

import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import dev.ledfleet.agent.layout.MappedLine;

/**
 * One effect started at one moment, with the canvas it draws on: the unit the renderer shows, fades
 * out and replaces. A scene without an effect is dark (power off).
 */
final class Scene {

    private static final Scene DARK = new Scene(null, null, null, 0, "off");

    private final Effect effect;
    private final Canvas canvas;
    private final MappedLine line;
    private final long startEpochMs;
    private final String name;

    Scene(Effect effect, Canvas canvas, MappedLine line, long startEpochMs, String name) {
        this.effect = effect;
        this.canvas = canvas;
        this.line = line;
        this.startEpochMs = startEpochMs;
        this.name = name;
    }

    static Scene dark() {
        return DARK;
    }

    boolean isDark() {
        return effect == null;
    }

    long startEpochMs() {
        return startEpochMs;
    }

    /** The effect's time at {@code nowEpochMs}; before its start (a start time from a clock ahead) it waits at 0. */
    long timeAt(long nowEpochMs) {
        return Math.max(0, nowEpochMs - startEpochMs);
    }

    long cyclesCompleted(long nowEpochMs) {
        return effect == null ? 0 : effect.cyclesCompleted(timeAt(nowEpochMs));
    }

    /** Draws the frame at {@code nowEpochMs} into {@code logical}, row-major over the whole layout. */
    void render(long nowEpochMs, int[] logical) {
        if (effect == null) {
            java.util.Arrays.fill(logical, 0);
            return;
        }
        effect.render(timeAt(nowEpochMs), canvas);
        if (line == null) {
            System.arraycopy(canvas.pixels(), 0, logical, 0, logical.length);
        } else {
            line.spread(canvas.pixels(), logical);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
