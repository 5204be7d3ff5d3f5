package dev.ledfleet.agent.effect;

/**
 * Random numbers as a pure function of (seed, a, b), usually (seed, step, pixel): a SplitMix64
 * finaliser over the mixed inputs. Unlike {@code java.util.Random} there is no state, so any frame
 * can be drawn without replaying the ones before it and two devices with the same seed agree.
 *
 * <p>Two mixings live here because both effect families pinned their frames in tests with their
 * own: {@link #bits} for the matrix effects, {@link #hash} for the animation effects.
 */
public final class StepRandom {

    private StepRandom() {
    }

    /** 64 well-mixed bits for (seed, a, b). */
    public static long bits(long seed, long a, long b) {
        long z = seed + 0x9e3779b97f4a7c15L * (a + 1) + 0xc2b2ae3d27d4eb4fL * (b + 1);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A whole number from 0 (inclusive) to {@code bound} (exclusive); {@code bound} must be positive. */
    public static int below(long seed, long a, long b, int bound) {
        return (int) (((bits(seed, a, b) >>> 33) * bound) >>> 31);
    }

    /** A number from 0 (inclusive) to 1 (exclusive). */
    public static double unit(long seed, long a, long b) {
        return (bits(seed, a, b) >>> 11) * 0x1.0p-53;
    }

    /** A well-mixed 64-bit value for ({@code seed}, {@code step}, {@code slot}). */
    static long hash(long seed, long step, long slot) {
        long z = seed + 0x9E3779B97F4A7C15L * (step + 1) + 0xD1B54A32D192ED03L * (slot + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A value from 0 (inclusive) to {@code bound} (exclusive) taken from a {@link #hash}. */
    static int below(long hash, int bound) {
        return (int) (((hash >>> 32) * bound) >>> 32);
    }
}
