package dev.ledfleet.agent.effect;

import dev.ledfleet.agent.color.Rgb;

/**
 * The library's rainbow: the colour wheel sampled every {@code step} positions, laid along the strip one
 * sample per pixel and shifted round once per {@code period}. With step 1 the wheel spans 256 pixels.
 */
final class RainbowWheel {

    private final int[] colors;
    private final double periodMs;

    RainbowWheel(EffectParams params) {
        double step = params.number("step");
        int count = (int) Math.ceil(256 / step);
        this.colors = new int[count];
        for (int i = 0; i < count; i++) {
            colors[i] = Rgb.wheel((int) (i * step));
        }
        this.periodMs = params.number("period") * 1000;
    }

    int size() {
        return colors.length;
    }

    /** The sample shown on pixel 0 at {@code timeMs}. */
    int offset(double timeMs) {
        double pos = timeMs - Math.floor(timeMs / periodMs) * periodMs;
        return Math.min(colors.length - 1, (int) (pos / periodMs * colors.length));
    }

    /** The full-brightness colour of {@code pixel} when pixel 0 shows sample {@code offset}. */
    int color(int offset, int pixel) {
        return colors[(offset + pixel) % colors.length];
    }

    long cycles(double timeMs) {
        return (long) Math.floor(timeMs / periodMs);
    }
}
