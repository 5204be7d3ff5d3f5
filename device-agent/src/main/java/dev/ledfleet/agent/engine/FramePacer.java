package dev.ledfleet.agent.engine;

/**
 * The frame schedule: frame k is due at {@code start + k * period}, computed from the start rather
 * than from the previous frame, so small delays never add up to drift. A frame that starts a whole
 * period or more late gives up the slots it missed (counted as dropped) and the schedule stays on
 * its grid.
 */
final class FramePacer {

    private final long periodNanos;
    private long nextDeadline;
    private long frameDeadline;

    FramePacer(long periodNanos, long startNanos) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("frame period must be positive, got " + periodNanos + " ns");
        }
        this.periodNanos = periodNanos;
        this.nextDeadline = startNanos;
    }

    long periodNanos() {
        return periodNanos;
    }

    /** When the next frame is due; wait until then before calling {@link #begin}. */
    long nextDeadline() {
        return nextDeadline;
    }

    /** The deadline of the frame last begun. */
    long frameDeadline() {
        return frameDeadline;
    }

    /** Starts the due frame at {@code nowNanos}; returns how many earlier slots were missed and dropped. */
    long begin(long nowNanos) {
        long late = nowNanos - nextDeadline;
        long missed = late >= periodNanos ? late / periodNanos : 0;
        frameDeadline = nextDeadline + missed * periodNanos;
        nextDeadline = frameDeadline + periodNanos;
        return missed;
    }
}
