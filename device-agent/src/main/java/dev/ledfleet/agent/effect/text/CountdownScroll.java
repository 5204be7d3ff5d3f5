package dev.ledfleet.agent.effect.text;

import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import dev.ledfleet.agent.effect.EffectParams;
import dev.ledfleet.agent.effect.EffectSetup;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The time left until a target ("3d 04:05:06", "1:02:03", "4:09") in the 5x8 font, then a message
 * once it is reached; still and centred when it fits, else scrolling left.
 */
public final class CountdownScroll implements Effect {

    private static final System.Logger LOG = System.getLogger(CountdownScroll.class.getName());
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("H:mm[:ss]");
    private static final int MAX_CHARS = 24;

    private final long targetEpochMs;
    private final long startEpochMs;
    private final double stepMs;
    private final Marquee marquee;
    private final TextBitmap remaining;
    private final TextBitmap message;
    private final char[] chars = new char[MAX_CHARS];
    private final long travel;
    private long shownSeconds = -1;

    public CountdownScroll(EffectSetup setup) {
        EffectParams params = setup.params();
        int spacing = params.integer("spacing");
        this.startEpochMs = setup.startEpochMs();
        this.targetEpochMs = targetOrStart(params.text("target"), TimeScroll.zoneOrUtc(params.text("time-zone")),
                startEpochMs);
        this.stepMs = params.number("speed") * 1000;
        this.marquee = new Marquee(Marquee.Direction.LEFT, params.color("color"), params.color("background"));
        this.remaining = new TextBitmap(MAX_CHARS, 1, spacing, 0);
        this.message = TextBitmap.of(params.text("message"), spacing, 1);
        this.travel = setup.width() + Math.max(message.width(), 8 * (BitmapFont.WIDTH + spacing));
    }

    /**
     * The target as epoch milliseconds. Accepted: a local date-time ({@code 2026-12-31T23:59[:59]}),
     * a date ({@code 2026-12-31}, its midnight), one with an offset ({@code 2026-12-31T23:59:00+01:00}),
     * or a time of day ({@code 18:30[:00]}, its next occurrence from the start).
     *
     * @throws IllegalArgumentException naming the {@code target} parameter when none of these fits
     */
    public static long targetEpochMs(String target, ZoneId zone, long startEpochMs) {
        String text = target.trim();
        try {
            if (text.indexOf('-') < 0) {
                LocalTime time = LocalTime.parse(text, TIME_OF_DAY);
                LocalDate today = Instant.ofEpochMilli(startEpochMs).atZone(zone).toLocalDate();
                ZonedDateTime next = today.atTime(time).atZone(zone);
                if (next.toInstant().toEpochMilli() < startEpochMs) {
                    next = today.plusDays(1).atTime(time).atZone(zone);
                }
                return next.toInstant().toEpochMilli();
            }
            if (text.indexOf('T') < 0) {
                return LocalDate.parse(text).atStartOfDay(zone).toInstant().toEpochMilli();
            }
            if (text.endsWith("Z") || text.lastIndexOf('+') > 0 || text.lastIndexOf('-') > text.indexOf('T')) {
                return OffsetDateTime.parse(text).toInstant().toEpochMilli();
            }
            return LocalDateTime.parse(text).atZone(zone).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("target: '" + target
                    + "' is neither a date-time like 2026-12-31T23:59 nor a time of day like 18:30");
        }
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        long leftMs = targetEpochMs - (startEpochMs + timeMs);
        TextBitmap shown = message;
        if (leftMs > 0) {
            long seconds = (leftMs + 999) / 1000;
            if (seconds != shownSeconds) {
                shownSeconds = seconds;
                remaining.typeset(chars, format(seconds));
            }
            shown = remaining;
        }
        if (marquee.fits(shown, canvas)) {
            marquee.drawCentred(shown, canvas);
        } else {
            marquee.drawScrolled(shown, step(timeMs), canvas);
        }
    }

    /** A cycle is as many steps as scrolling the longer of the time and the message through once would take. */
    @Override
    public long cyclesCompleted(long timeMs) {
        return Math.max(0, step(timeMs)) / travel;
    }

    private int format(long totalSeconds) {
        long days = totalSeconds / 86_400;
        int hours = (int) (totalSeconds / 3600 % 24);
        int minutes = (int) (totalSeconds / 60 % 60);
        int at = 0;
        if (days > 0) {
            at = DigitWriter.write(chars, at, days, 1);
            chars[at++] = 'd';
            chars[at++] = ' ';
            at = DigitWriter.write(chars, at, hours, 2);
            chars[at++] = ':';
        } else if (hours > 0) {
            at = DigitWriter.write(chars, at, hours, 1);
            chars[at++] = ':';
        }
        at = DigitWriter.write(chars, at, minutes, at == 0 ? 1 : 2);
        chars[at++] = ':';
        return DigitWriter.write(chars, at, totalSeconds % 60, 2);
    }

    private long step(long timeMs) {
        return (long) Math.floor(timeMs / stepMs);
    }

    /** Validation refuses a bad target up front; should one get through anyway the message shows at once. */
    private static long targetOrStart(String target, ZoneId zone, long startEpochMs) {
        try {
            return targetEpochMs(target, zone, startEpochMs);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage() + "; showing the message");
            return startEpochMs;
        }
    }
}
