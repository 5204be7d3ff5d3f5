package dev.ledfleet.agent.clock;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * The controller's wall clock as seen from this device, estimated from the ticks it broadcasts on
 * {@code <base>/$clock}. Each tick gives {@code tick.now - localReceiveTime}, the true offset minus
 * that tick's network delay; the largest sample over a sliding window is the one that waited least,
 * so it is the best estimate. The window lets the estimate follow a clock that is stepped (NTP) or
 * drifts. Until the first tick the offset is zero: the device's own clock, which NTP usually keeps
 * within a few milliseconds anyway.
 */
public final class ControllerClock {

    /** How long a sample stays in the window. */
    public static final long WINDOW_MS = 60_000;

    private record Sample(long receivedAt, long offset) {
    }

    private final LongSupplier localClock;
    private final Deque<Sample> window = new ArrayDeque<>();
    private volatile long offsetMs;
    private volatile long lastTickAt = Long.MIN_VALUE;

    public ControllerClock(LongSupplier localClock) {
        this.localClock = localClock;
    }

    public static ControllerClock system() {
        return new ControllerClock(System::currentTimeMillis);
    }

    /** Records a tick that says {@code controllerNow} and arrived when the local clock read {@code receivedAt}. */
    public synchronized void tick(long controllerNow, long receivedAt) {
        window.addLast(new Sample(receivedAt, controllerNow - receivedAt));
        while (window.peekFirst().receivedAt() < receivedAt - WINDOW_MS) {
            window.removeFirst();
        }
        long best = Long.MIN_VALUE;
        for (Sample sample : window) {
            best = Math.max(best, sample.offset());
        }
        offsetMs = best;
        lastTickAt = receivedAt;
    }

    /** Records a tick received now. */
    public void tick(long controllerNow) {
        tick(controllerNow, localClock.getAsLong());
    }

    /** Add to a local time to get controller time. */
    public long offsetMs() {
        return offsetMs;
    }

    /** The controller's clock now, in epoch ms: what {@code SetCommand.startAt} is written in. */
    public long now() {
        return localClock.getAsLong() + offsetMs;
    }

    /** Converts a controller time to the local clock. */
    public long toLocal(long controllerMs) {
        return controllerMs - offsetMs;
    }

    /** Whether a tick arrived within {@code withinMs}: a controller that ticks is a controller that runs. */
    public boolean heardFromController(long withinMs) {
        long last = lastTickAt;
        return last != Long.MIN_VALUE && localClock.getAsLong() - last <= withinMs;
    }
}
