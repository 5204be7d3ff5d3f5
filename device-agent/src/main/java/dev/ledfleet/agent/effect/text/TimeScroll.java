package dev.ledfleet.agent.effect.text;

import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import dev.ledfleet.agent.effect.EffectParams;
import dev.ledfleet.agent.effect.EffectSetup;
import java.time.ZoneOffset;

/** The time of day ("14:05" or "2:05:09") in the 5x8 font: still and centred when it fits, else scrolling left. */
public final class TimeScroll implements Effect {

    private static final System.Logger LOG = System.getLogger(TimeScroll.class.getName());
    private static final int MAX_CHARS = 8;

    private final ZoneClock clock;
    private final boolean seconds;
    private final boolean twelveHour;
    private final long startEpochMs;
    private final double stepMs;
    private final Marquee marquee;
    private final TextBitmap text;
    private final char[] chars = new char[MAX_CHARS];
    private final long travel;
    private long shownSecond = Long.MIN_VALUE;

    public TimeScroll(EffectSetup setup) {
        EffectParams params = setup.params();
        int spacing = params.integer("spacing");
        this.clock = new ZoneClock(zoneOrUtc(params.text("time-zone")));
        this.seconds = params.text("format").equals("HH:MM:SS");
        this.twelveHour = params.text("clock").equals("12h");
        this.startEpochMs = setup.startEpochMs();
        this.stepMs = params.number("speed") * 1000;
        this.marquee = new Marquee(Marquee.Direction.LEFT, params.color("color"), params.color("background"));
        this.text = new TextBitmap(MAX_CHARS, 1, spacing, 0);
        int longest = seconds ? MAX_CHARS : 5;
        this.travel = setup.width() + longest * (BitmapFont.WIDTH + spacing) - spacing;
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        long local = clock.localSecond(startEpochMs + timeMs);
        if (local != shownSecond) {
            shownSecond = local;
            text.typeset(chars, format(local));
        }
        if (marquee.fits(text, canvas)) {
            marquee.drawCentred(text, canvas);
        } else {
            marquee.drawScrolled(text, step(timeMs), canvas);
        }
    }

    /** A cycle is as many steps as scrolling the longest time through once would take, still or not. */
    @Override
    public long cyclesCompleted(long timeMs) {
        return Math.max(0, step(timeMs)) / travel;
    }

    private int format(long localSecond) {
        int secondOfDay = (int) Math.floorMod(localSecond, 86_400L);
        int hour = secondOfDay / 3600;
        int at;
        if (twelveHour) {
            at = DigitWriter.write(chars, 0, hour % 12 == 0 ? 12 : hour % 12, 1);
        } else {
            at = DigitWriter.write(chars, 0, hour, 2);
        }
        chars[at++] = ':';
        at = DigitWriter.write(chars, at, secondOfDay / 60 % 60, 2);
        if (seconds) {
            chars[at++] = ':';
            at = DigitWriter.write(chars, at, secondOfDay % 60, 2);
        }
        return at;
    }

    private long step(long timeMs) {
        return (long) Math.floor(timeMs / stepMs);
    }

    /** Validation refuses unknown zones up front; should one get through anyway the clock shows UTC. */
    static java.time.ZoneId zoneOrUtc(String id) {
        try {
            return ZoneClock.zone(id);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage() + "; showing UTC");
            return ZoneOffset.UTC;
        }
    }
}
