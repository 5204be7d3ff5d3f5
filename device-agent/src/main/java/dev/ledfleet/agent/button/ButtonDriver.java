package dev.ledfleet.agent.button;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one {@link GestureRecogniser} on its own thread: edges from a GPIO line or a simulation are
 * queued to that thread, and a tick every {@value #TICK_MS} ms lets its timers fire. Time is the
 * monotonic clock in milliseconds ({@code System.nanoTime() / 1e6}), the same clock the kernel stamps
 * GPIO events with.
 */
public final class ButtonDriver implements AutoCloseable {

    static final int TICK_MS = 10;

    private static final System.Logger LOG = System.getLogger(ButtonDriver.class.getName());

    private final ScheduledExecutorService thread;
    private final GestureRecogniser recogniser;
    private long latest = Long.MIN_VALUE;

    public ButtonDriver(String name, ButtonTimings timings, Consumer<Gesture> gestures) {
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "button-" + name);
            t.setDaemon(true);
            return t;
        });
        this.recogniser = new GestureRecogniser(timings, gesture -> {
            try {
                gestures.accept(gesture);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "gesture listener failed", e);
            }
        });
        thread.scheduleAtFixedRate(() -> recogniser.tick(advanceTo(now())), TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    /** The clock edges are stamped with. */
    public static long now() {
        return System.nanoTime() / 1_000_000;
    }

    /** Hands an edge that happened at {@code timeMs} (see {@link #now()}) to the recogniser thread. */
    public void edge(long timeMs, boolean pressed) {
        run(() -> recogniser.edge(advanceTo(timeMs), pressed), 0);
    }

    /** Plays an edge {@code delayMs} from now, for simulated presses. */
    public void edgeLater(long delayMs, boolean pressed) {
        run(() -> recogniser.edge(advanceTo(now()), pressed), delayMs);
    }

    /** The recogniser wants time never to go back; a kernel stamp can be a little older than the last tick. */
    private long advanceTo(long timeMs) {
        latest = Math.max(latest, timeMs);
        return latest;
    }

    private void run(Runnable task, long delayMs) {
        try {
            thread.schedule(task, delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "button closed; edge dropped");
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
