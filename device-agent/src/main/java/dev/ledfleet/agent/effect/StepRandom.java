package dev.ledfleet.agent.effect;

/**
 * Random numbers as a pure function of (seed, a, b), usually (seed, step, pixel): a SplitMix64
 * finaliser over the mixed inputs. Unlike {@code java.util.Random} there is no state, so any frame
 * can be drawn without replaying the ones before it and two devices with the same seed agree.
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
}
