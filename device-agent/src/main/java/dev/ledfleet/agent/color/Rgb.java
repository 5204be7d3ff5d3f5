package dev.ledfleet.agent.color;

/**
 * The shared colour maths of the hot path, on packed {@code 0xRRGGBB} ints: nothing here allocates.
 * Effects, transitions and the output pipeline all use these, so a colour means the same everywhere.
 */
public final class Rgb {

    public static final int BLACK = 0x000000;
    public static final int WHITE = 0xffffff;

    private Rgb() {
    }

    public static int pack(int r, int g, int b) {
        return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    public static int red(int rgb) {
        return (rgb >>> 16) & 0xff;
    }

    public static int green(int rgb) {
        return (rgb >>> 8) & 0xff;
    }

    public static int blue(int rgb) {
        return rgb & 0xff;
    }

    /** Scales each channel by {@code level / 255}. */
    public static int scale(int rgb, int level) {
        if (level >= 255) {
            return rgb & 0xffffff;
        }
        if (level <= 0) {
            return 0;
        }
        return ((red(rgb) * level / 255) << 16) | ((green(rgb) * level / 255) << 8) | (blue(rgb) * level / 255);
    }

    /** Scales each channel by a factor from 0 to 1. */
    public static int scale(int rgb, double factor) {
        return scale(rgb, (int) Math.round(Math.max(0, Math.min(1, factor)) * 255));
    }

    /** Mixes {@code from} and {@code to}: amount 0 gives {@code from}, 255 gives {@code to}. */
    public static int blend(int from, int to, int amount) {
        if (amount <= 0) {
            return from & 0xffffff;
        }
        if (amount >= 255) {
            return to & 0xffffff;
        }
        int inverse = 255 - amount;
        return (((red(from) * inverse + red(to) * amount) / 255) << 16)
                | (((green(from) * inverse + green(to) * amount) / 255) << 8)
                | ((blue(from) * inverse + blue(to) * amount) / 255);
    }

    /** Adds two colours channel by channel, saturating at 255. */
    public static int add(int a, int b) {
        return (Math.min(255, red(a) + red(b)) << 16) | (Math.min(255, green(a) + green(b)) << 8)
                | Math.min(255, blue(a) + blue(b));
    }

    /**
     * The colour wheel of the LED Animation library: position 0-255 runs red, green, blue and back to
     * red; positions outside wrap around.
     */
    public static int wheel(int position) {
        int pos = position & 0xff;
        if (pos < 85) {
            return pack(255 - pos * 3, pos * 3, 0);
        }
        if (pos < 170) {
            pos -= 85;
            return pack(0, 255 - pos * 3, pos * 3);
        }
        pos -= 170;
        return pack(pos * 3, 0, 255 - pos * 3);
    }

    /** Hue 0-1 (wrapping), saturation and value 0-1 to packed RGB. */
    public static int hsv(double hue, double saturation, double value) {
        double h = (hue - Math.floor(hue)) * 6;
        int sector = (int) h;
        double f = h - sector;
        double p = value * (1 - saturation);
        double q = value * (1 - saturation * f);
        double t = value * (1 - saturation * (1 - f));
        double r;
        double g;
        double b;
        switch (sector) {
            case 0 -> { r = value; g = t; b = p; }
            case 1 -> { r = q; g = value; b = p; }
            case 2 -> { r = p; g = value; b = t; }
            case 3 -> { r = p; g = q; b = value; }
            case 4 -> { r = t; g = p; b = value; }
            default -> { r = value; g = p; b = q; }
        }
        return pack((int) Math.round(r * 255), (int) Math.round(g * 255), (int) Math.round(b * 255));
    }

    /** A triangle wave from 0 to 1 and back over {@code period}, at {@code t}. */
    public static double triangle(double t, double period) {
        double phase = (t / period) - Math.floor(t / period);
        return phase < 0.5 ? phase * 2 : 2 - phase * 2;
    }

    /** A sine wave from 0 to 1 over {@code period}, starting at 0 when {@code t} is 0. */
    public static double sine(double t, double period) {
        return 0.5 - 0.5 * Math.cos(2 * Math.PI * t / period);
    }

    private static int clamp(int channel) {
        return channel < 0 ? 0 : Math.min(channel, 255);
    }
}
