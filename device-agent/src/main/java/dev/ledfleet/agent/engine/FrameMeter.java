package dev.ledfleet.agent.engine;

import dev.ledfleet.protocol.message.FrameStats;

/**
 * Measures the frame loop over windows of about a second: frames per second, mean render time, mean
 * deviation of the frame interval from the period (jitter), and dropped frames since the start.
 * Written by the frame thread only; {@link #stats} may be read from any thread.
 */
final class FrameMeter {

    private final long periodNanos;
    private final long windowNanos;

    private long windowStart = Long.MIN_VALUE;
    private long lastFrameStart = Long.MIN_VALUE;
    private long frames;
    private long renderSum;
    private long jitterSum;
    private long intervals;

    private volatile double fps;
    private volatile long renderUs;
    private volatile long jitterUs;
    private volatile long dropped;

    FrameMeter(long periodNanos, long windowNanos) {
        this.periodNanos = periodNanos;
        this.windowNanos = windowNanos;
    }

    /** Records a frame that started at {@code startNanos}, took {@code renderNanos}, after dropping {@code missed} slots. */
    void record(long startNanos, long renderNanos, long missed) {
        if (windowStart == Long.MIN_VALUE) {
            windowStart = startNanos;
        } else if (missed == 0) {
            // An interval that spans dropped slots says nothing about jitter; it is counted as drops.
            jitterSum += Math.abs(startNanos - lastFrameStart - periodNanos);
            intervals++;
        }
        if (missed > 0) {
            dropped += missed;
        }
        lastFrameStart = startNanos;
        frames++;
        renderSum += renderNanos;
        long elapsed = startNanos - windowStart;
        if (elapsed >= windowNanos) {
            // The frame that closes a window opens the next one: frames counted = intervals elapsed.
            fps = (frames - 1) * 1e9 / elapsed;
            renderUs = renderSum / frames / 1000;
            jitterUs = intervals == 0 ? 0 : jitterSum / intervals / 1000;
            windowStart = startNanos;
            frames = 1;
            renderSum = renderNanos;
            jitterSum = 0;
            intervals = 0;
        }
    }

    FrameStats stats() {
        return new FrameStats(Math.round(fps * 10) / 10.0, renderUs, jitterUs, dropped);
    }
}
