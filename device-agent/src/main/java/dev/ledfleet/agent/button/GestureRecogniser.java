package dev.ledfleet.agent.button;

import dev.ledfleet.protocol.message.ButtonGesture;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns the raw edges of one button into gestures. Pure logic: time is passed in, never read, so a
 * timeline of edges and ticks always yields the same gestures.
 *
 * <ul>
 *   <li>Debounce: a new level counts only once it has held for {@code debounceMs}; it then takes
 *       effect at the time of the edge that began that stable stretch, so a short glitch is ignored
 *       and the wait for stability does not delay gesture timing.</li>
 *   <li>{@code click}: press and release shorter than {@code longMs}, no second press within
 *       {@code doubleMs} of the release. It is reported when that window closes.</li>
 *   <li>{@code double}: a second press within {@code doubleMs} of the first release, reported at that
 *       press; the rest of that second press is ignored.</li>
 *   <li>{@code long}: reported once the press has lasted {@code longMs}, while still held; then
 *       {@code hold} every {@code holdRepeatMs}, and {@code release} when the finger lifts.</li>
 * </ul>
 *
 * Callers feed {@link #edge} on every level change and {@link #tick} often enough (every 10 ms or so)
 * for timers to fire. Not thread-safe: one thread drives it.
 */
public final class GestureRecogniser {

    private enum Phase { IDLE, PRESSED, LONG_HELD, WAIT_SECOND, SECOND_PRESSED }

    private static final long NEVER = Long.MAX_VALUE;

    private final ButtonTimings timings;
    private final Consumer<Gesture> sink;

    private Phase phase = Phase.IDLE;
    private boolean stablePressed;
    private boolean candidatePending;
    private long candidateSince;
    private long timerAt = NEVER;

    public GestureRecogniser(ButtonTimings timings, Consumer<Gesture> sink) {
        this.timings = Objects.requireNonNull(timings, "timings");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** The raw level changed to {@code pressed} at {@code timeMs}; times never go backwards. */
    public void edge(long timeMs, boolean pressed) {
        tick(timeMs);
        if (pressed == stablePressed) {
            candidatePending = false; // a bounce back to the level we already had
        } else if (!candidatePending) {
            candidatePending = true;
            candidateSince = timeMs;
        }
        tick(timeMs);
    }

    /** Lets time pass up to {@code timeMs}, firing every timer and debounce that is due. */
    public void tick(long timeMs) {
        while (true) {
            boolean candidateRipe = candidatePending && timeMs - candidateSince >= timings.debounceMs();
            // A timer set after an unconfirmed edge must wait: that edge may yet become real.
            boolean timerDue = timerAt <= timeMs && (!candidatePending || timerAt < candidateSince);
            if (timerDue && (!candidateRipe || timerAt < candidateSince)) {
                fireTimer();
            } else if (candidateRipe) {
                candidatePending = false;
                stablePressed = !stablePressed;
                if (stablePressed) {
                    pressed(candidateSince);
                } else {
                    released(candidateSince);
                }
            } else {
                return;
            }
        }
    }

    private void pressed(long at) {
        switch (phase) {
            case IDLE -> startPress(at);
            case WAIT_SECOND -> {
                timerAt = NEVER;
                phase = Phase.SECOND_PRESSED;
                emit(ButtonGesture.DOUBLE, at);
            }
            default -> throw new IllegalStateException("press while " + phase);
        }
    }

    private void startPress(long at) {
        phase = Phase.PRESSED;
        timerAt = at + timings.longMs();
    }

    private void released(long at) {
        switch (phase) {
            case PRESSED -> {
                if (timings.doubleMs() == 0) {
                    toIdle();
                    emit(ButtonGesture.CLICK, at);
                } else {
                    phase = Phase.WAIT_SECOND;
                    timerAt = at + timings.doubleMs();
                }
            }
            case LONG_HELD -> {
                toIdle();
                emit(ButtonGesture.RELEASE, at);
            }
            case SECOND_PRESSED -> toIdle();
            default -> throw new IllegalStateException("release while " + phase);
        }
    }

    private void fireTimer() {
        long at = timerAt;
        switch (phase) {
            case PRESSED -> {
                phase = Phase.LONG_HELD;
                timerAt = at + timings.holdRepeatMs();
                emit(ButtonGesture.LONG, at);
            }
            case LONG_HELD -> {
                timerAt = at + timings.holdRepeatMs();
                emit(ButtonGesture.HOLD, at);
            }
            case WAIT_SECOND -> {
                toIdle();
                emit(ButtonGesture.CLICK, at);
            }
            default -> timerAt = NEVER;
        }
    }

    private void toIdle() {
        phase = Phase.IDLE;
        timerAt = NEVER;
    }

    private void emit(ButtonGesture kind, long at) {
        sink.accept(new Gesture(kind, at));
    }
}
