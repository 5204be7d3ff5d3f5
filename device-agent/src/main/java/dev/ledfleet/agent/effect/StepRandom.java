package dev.ledfleet.agent.effect;

/**
 * Random numbers that are a pure function of the seed, the animation step and a slot, so a frame never
 * depends on how many frames came before it and every device with the same seed draws the same.
 * The mixing is SplitMix64's finaliser.
 */
final class StepRandom {

    private StepRandom() {
    }

    /** A well-mixed 64-bit value for ({@code seed}, {@code step}, {@code slot}). */
    static long hash(long seed, long step, long slot) {
        long z = seed + 0x9E3779B97F4A7C15L * (step + 1) + 0xD1B54A32D192ED03L * (slot + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A value from 0 (inclusive) to {@code bound} (exclusive) taken from a hash. */
    static int below(long hash, int bound) {
        return (int) (((hash >>> 32) * bound) >>> 32);
    }
}
