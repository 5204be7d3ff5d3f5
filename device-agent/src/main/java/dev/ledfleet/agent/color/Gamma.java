package dev.ledfleet.agent.color;

/**
 * Gamma correction as a precomputed table: LEDs are linear in PWM duty but the eye is not, so
 * without it the low half of every fade looks washed out.
 */
public final class Gamma {

    /** The exponent WLED and most WS2812 firmware use. */
    public static final double STANDARD_EXPONENT = 2.8;

    private static final Gamma STANDARD = new Gamma(STANDARD_EXPONENT);

    private final double exponent;
    private final int[] table = new int[256];

    public Gamma(double exponent) {
        if (!(exponent >= 1 && exponent <= 4)) {
            throw new IllegalArgumentException("gamma must be from 1 to 4, got " + exponent);
        }
        this.exponent = exponent;
        for (int level = 0; level < 256; level++) {
            table[level] = (int) Math.round(Math.pow(level / 255.0, exponent) * 255);
        }
    }

    public static Gamma standard() {
        return STANDARD;
    }

    public double exponent() {
        return exponent;
    }

    /** The corrected level of one channel, 0-255. */
    public int channel(int level) {
        return table[level & 0xff];
    }

    /** Corrects each channel of a packed {@code 0xRRGGBB}. */
    public int apply(int rgb) {
        return (table[(rgb >>> 16) & 0xff] << 16) | (table[(rgb >>> 8) & 0xff] << 8) | table[rgb & 0xff];
    }
}
