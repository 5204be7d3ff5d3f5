package dev.ledfleet.agent.effect.classic;

import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import dev.ledfleet.agent.effect.EffectParams;
import dev.ledfleet.agent.effect.EffectSetup;

/** The colour fills the strip one pixel per step from the start, then the background wipes it away the same way. */
public final class Wipe implements Effect {

    private final int color;
    private final int background;
    private final boolean reverse;
    private final double stepMs;
    private final int length;

    public Wipe(EffectSetup setup) {
        EffectParams params = setup.params();
        this.color = params.color("color");
        this.background = params.color("background");
        this.reverse = params.bool("reverse");
        this.stepMs = params.number("speed") * 1000;
        this.length = setup.width() * setup.height();
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        int n = canvas.size();
        int position = (int) Math.floorMod(step(timeMs), 2L * length);
        boolean filling = position < length;
        int edge = filling ? position : position - length;
        for (int i = 0; i < n; i++) {
            int along = reverse ? n - 1 - i : i;
            boolean passed = along <= edge;
            canvas.set(i, passed == filling ? color : background);
        }
    }

    /** One cycle is a wipe on and a wipe off. */
    @Override
    public long cyclesCompleted(long timeMs) {
        return Math.max(0, step(timeMs)) / (2L * length);
    }

    private long step(long timeMs) {
        return (long) Math.floor(timeMs / stepMs);
    }
}
