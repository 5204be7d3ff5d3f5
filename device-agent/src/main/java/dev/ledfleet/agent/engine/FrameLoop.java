package dev.ledfleet.agent.engine;

import dev.ledfleet.protocol.message.FrameStats;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A thread that runs one task per frame at a fixed rate against absolute deadlines, never faster than
 * the LED wire can take frames, and measures how well it keeps up.
 */
public final class FrameLoop implements AutoCloseable {

    /** The work of one frame. */
    @FunctionalInterface
    public interface Frame {
        void run(long frameNanos) throws Exception;
    }

    public static final double DEFAULT_FPS = 60;
    private static final System.Logger LOG = System.getLogger(FrameLoop.class.getName());
    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final long periodNanos;
    private final Frame frame;
    private final FrameMeter meter;
    private final Thread thread;
    private volatile boolean running = true;
    private long failures;

    /**
     * @param fps       the target rate
     * @param wireNanos the output's time per frame on the wire; the period is never shorter
     */
    public FrameLoop(String name, double fps, long wireNanos, Frame frame) {
        if (!(fps > 0 && fps <= 1000)) {
            throw new IllegalArgumentException("fps must be above 0 and at most 1000, got " + fps);
        }
        this.periodNanos = Math.max((long) (1e9 / fps), wireNanos);
        this.frame = frame;
        this.meter = new FrameMeter(periodNanos, WINDOW_NANOS);
        this.thread = new Thread(this::loop, name);
        thread.setPriority(Thread.MAX_PRIORITY);
    }

    public void start() {
        thread.start();
    }

    /** The time between frames: the target period, or the wire time if that is longer. */
    public long periodNanos() {
        return periodNanos;
    }

    public FrameStats stats() {
        return meter.stats();
    }

    private void loop() {
        FramePacer pacer = new FramePacer(periodNanos, System.nanoTime());
        while (running) {
            long deadline = pacer.nextDeadline();
            long remaining;
            while ((remaining = deadline - System.nanoTime()) > 0 && running) {
                LockSupport.parkNanos(remaining);
            }
            long start = System.nanoTime();
            long missed = pacer.begin(start);
            try {
                frame.run(start);
            } catch (Exception e) {
                failed(e);
            }
            meter.record(start, System.nanoTime() - start, missed);
        }
    }

    private void failed(Exception e) {
        // A failing frame must not kill the light, nor flood the log at 60 lines a second.
        failures++;
        if (failures == 1 || failures % 1000 == 0) {
            LOG.log(Level.ERROR, "frame failed (" + failures + " so far)", e);
        }
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        if (thread.isAlive() && Thread.currentThread() != thread) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
