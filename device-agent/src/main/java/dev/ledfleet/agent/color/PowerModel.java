package dev.ledfleet.agent.color;

/**
 * The estimated current of one LED: {@code idleMa} whenever it is powered, plus up to
 * {@code channelMa} per colour channel in proportion to its PWM level. The default, 20 mA per
 * channel at full and 1 mA idle, is the usual WS2812B figure: a 16x16 panel at full white is about
 * 15.6 A.
 */
public record PowerModel(double channelMa, double idleMa) {

    public static final PowerModel WS2812 = new PowerModel(20, 1);

    public PowerModel {
        if (!(channelMa > 0) || !(idleMa >= 0)) {
            throw new IllegalArgumentException("currents must be positive, got " + channelMa + " mA per channel and "
                    + idleMa + " mA idle");
        }
    }

    /** The estimated draw in mA of {@code length} packed colours (as sent to the LEDs). */
    public double estimateMa(int[] pixels, int length) {
        return idleMa * length + channelMa * channelSum(pixels, length) / 255.0;
    }

    static long channelSum(int[] pixels, int length) {
        long sum = 0;
        for (int i = 0; i < length; i++) {
            int rgb = pixels[i];
            sum += ((rgb >>> 16) & 0xff) + ((rgb >>> 8) & 0xff) + (rgb & 0xff);
        }
        return sum;
    }
}
