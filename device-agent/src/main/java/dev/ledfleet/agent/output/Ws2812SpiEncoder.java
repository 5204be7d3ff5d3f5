package dev.ledfleet.agent.output;

import java.util.Arrays;
import java.util.Objects;

/**
 * Turns a frame into the SPI byte stream that makes MOSI draw the WS2812 waveform.
 *
 * <p>The SPI clock runs at {@value #CLOCK_HZ} Hz, so one SPI bit lasts 417 ns and three SPI bits
 * make one WS2812 bit of 1.25 µs (800 kHz). A data {@code 0} is sent as {@code 100} (417 ns high,
 * 833 ns low) and a data {@code 1} as {@code 110} (833 ns high, 417 ns low). The WS2812B datasheet
 * asks for T0H 400 ns, T1H 800 ns and T0L/T1L 850/450 ns, each ±150 ns: every phase lands within
 * 35 ns of its nominal value, leaving more than 100 ns of margin for clock rounding and the level
 * shifter. One colour byte becomes 24 SPI bits, exactly three SPI bytes; one LED takes nine.
 *
 * <p>After the pixels come {@value #LATCH_BYTES} zero bytes: 320 µs of low line, above the 280 µs
 * reset newer WS2812B revisions need (older parts latch after 50 µs). Sending the latch as data
 * rather than sleeping means the next frame can never start early.
 *
 * <p>Pure and allocation-free after construction: a 256-entry table maps each colour byte to its
 * three SPI bytes.
 */
public final class Ws2812SpiEncoder implements FrameEncoder {

    /** The SPI clock the encoding is designed for. */
    public static final int CLOCK_HZ = 2_400_000;

    /** SPI bytes per LED: 3 colour bytes times 3 SPI bytes each. */
    public static final int BYTES_PER_PIXEL = 9;

    /** Trailing zero bytes: 96 * 8 bits / 2.4 MHz = 320 µs of low line. */
    public static final int LATCH_BYTES = 96;

    private static final byte[] SYMBOLS = symbolTable();

    private final int pixelCount;
    private final ColorOrder order;

    public Ws2812SpiEncoder(int pixelCount, ColorOrder order) {
        if (pixelCount < 1) {
            throw new IllegalArgumentException("pixelCount must be at least 1, got " + pixelCount);
        }
        this.pixelCount = pixelCount;
        this.order = Objects.requireNonNull(order, "order");
    }

    private static byte[] symbolTable() {
        byte[] table = new byte[256 * 3];
        for (int value = 0; value < 256; value++) {
            int bits = 0;
            for (int bit = 7; bit >= 0; bit--) {
                bits = (bits << 3) | (((value >>> bit) & 1) == 1 ? 0b110 : 0b100);
            }
            table[value * 3] = (byte) (bits >>> 16);
            table[value * 3 + 1] = (byte) (bits >>> 8);
            table[value * 3 + 2] = (byte) bits;
        }
        return table;
    }

    @Override
    public int pixelCount() {
        return pixelCount;
    }

    public ColorOrder order() {
        return order;
    }

    /** The length of one encoded frame, latch included. */
    @Override
    public int frameBytes() {
        return pixelCount * BYTES_PER_PIXEL + LATCH_BYTES;
    }

    /** How long one frame takes on the wire at {@link #CLOCK_HZ}, latch included. */
    public long frameWireNanos() {
        return frameBytes() * 8L * 1_000_000_000L / CLOCK_HZ;
    }

    /**
     * Encodes {@code physicalPixels} (packed {@code 0xRRGGBB}, chain order, at least
     * {@link #pixelCount()} long) into {@code out} (at least {@link #frameBytes()} long).
     */
    @Override
    public void encode(int[] physicalPixels, byte[] out) {
        if (physicalPixels.length < pixelCount || out.length < frameBytes()) {
            throw new IllegalArgumentException("need " + pixelCount + " pixels and " + frameBytes()
                    + " bytes, got " + physicalPixels.length + " and " + out.length);
        }
        int at = 0;
        for (int i = 0; i < pixelCount; i++) {
            int rgb = physicalPixels[i];
            at = put(order.first(rgb), out, at);
            at = put(order.second(rgb), out, at);
            at = put(order.third(rgb), out, at);
        }
        Arrays.fill(out, at, frameBytes(), (byte) 0);
    }

    private static int put(int value, byte[] out, int at) {
        int from = value * 3;
        out[at] = SYMBOLS[from];
        out[at + 1] = SYMBOLS[from + 1];
        out[at + 2] = SYMBOLS[from + 2];
        return at + 3;
    }
}
