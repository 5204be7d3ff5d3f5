package dev.ledfleet.agent.effect.text;

import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import dev.ledfleet.agent.effect.EffectParams;
import dev.ledfleet.agent.effect.EffectSetup;

/** Text in the built-in 5x8 font marches across the grid one pixel per step, lines stacked. */
public final class TextScroll implements Effect {

    private final TextBitmap text;
    private final Marquee marquee;
    private final double stepMs;
    private final long travel;

    public TextScroll(EffectSetup setup) {
        EffectParams params = setup.params();
        this.text = TextBitmap.of(params.text("text"), params.integer("spacing"), params.integer("line-spacing"));
        this.marquee = new Marquee(Marquee.direction(params.text("direction")), params.color("color"),
                params.color("background"));
        this.stepMs = params.number("speed") * 1000;
        this.travel = marquee.travel(text, setup.width(), setup.height());
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        marquee.drawScrolled(text, step(timeMs), canvas);
    }

    /** One cycle is the text scrolled fully through, in and out. */
    @Override
    public long cyclesCompleted(long timeMs) {
        return Math.max(0, step(timeMs)) / travel;
    }

    private long step(long timeMs) {
        return (long) Math.floor(timeMs / stepMs);
    }
}
