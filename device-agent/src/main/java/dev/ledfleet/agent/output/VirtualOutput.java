package dev.ledfleet.agent.output;

import java.util.Arrays;

/** Keeps the latest frame in memory, for the demo, simulated devices and tests. */
public final class VirtualOutput implements LedOutput {

    private final int[] latest;
    private long framesShown;

    public VirtualOutput(int pixelCount) {
        if (pixelCount < 1) {
            throw new IllegalArgumentException("pixelCount must be at least 1, got " + pixelCount);
        }
        this.latest = new int[pixelCount];
    }

    @Override
    public int pixelCount() {
        return latest.length;
    }

    @Override
    public long frameWireNanos() {
        return 0;
    }

    @Override
    public synchronized void show(int[] pixels) {
        System.arraycopy(pixels, 0, latest, 0, latest.length);
        framesShown++;
    }

    /** A copy of the last frame shown, packed {@code 0xRRGGBB} in chain order; all zero before the first. */
    public synchronized int[] latestFrame() {
        return Arrays.copyOf(latest, latest.length);
    }

    public synchronized long framesShown() {
        return framesShown;
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
