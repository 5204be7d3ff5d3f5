package dev.ledfleet.agent.engine;

/**
 * Seeds for effects and shuffles, derived from the animation's start time so that devices given the
 * same {@code startAt} draw the same sparkles and play the same order.
 */
final class Seeds {

    private Seeds() {
    }

    /** A well-mixed seed for the {@code index}-th use of {@code base} (SplitMix64 finaliser). */
    static long of(long base, long index) {
        long z = base + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
