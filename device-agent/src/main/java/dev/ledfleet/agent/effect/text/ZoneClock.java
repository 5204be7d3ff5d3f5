package dev.ledfleet.agent.effect.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Local time of day in one time zone without allocating per frame: the zone's UTC offset is looked
 * up once and kept until the next daylight-saving transition (or until time runs backwards).
 */
public final class ZoneClock {

    private final ZoneRules rules;
    private long validFromMs = Long.MAX_VALUE;
    private long validUntilMs = Long.MIN_VALUE;
    private int offsetSeconds;

    public ZoneClock(ZoneId zone) {
        this.rules = zone.getRules();
    }

    /** The zone named by a {@code time-zone} parameter, or an error naming the parameter. */
    public static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.isBlank() ? "UTC" : id.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("time-zone: unknown time zone '" + id
                    + "' (use an IANA name like Europe/Berlin)");
        }
    }

    /** Seconds since the local epoch (1970-01-01T00:00 local) at {@code epochMs}. */
    public long localSecond(long epochMs) {
        if (epochMs < validFromMs || epochMs >= validUntilMs) {
            refresh(epochMs);
        }
        return Math.floorDiv(epochMs, 1000) + offsetSeconds;
    }

    private void refresh(long epochMs) {
        Instant instant = Instant.ofEpochMilli(epochMs);
        offsetSeconds = rules.getOffset(instant).getTotalSeconds();
        ZoneOffsetTransition next = rules.nextTransition(instant);
        validFromMs = epochMs;
        validUntilMs = next == null ? Long.MAX_VALUE : next.toEpochSecond() * 1000;
    }
}
