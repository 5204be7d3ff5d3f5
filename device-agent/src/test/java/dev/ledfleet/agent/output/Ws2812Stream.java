package dev.ledfleet.agent.output;

/**
 * Reads a WS2812-over-SPI stream the way the LEDs would: three SPI bits per data bit, {@code 100} a
 * zero and {@code 110} a one; any other symbol, or a high bit during the latch, fails the test.
 */
public final class Ws2812Stream {

    /** The data bytes in wire order and the number of low SPI bits after the last pixel. */
    public record Decoded(int[] dataBytes, int trailingLowBits) {

        /** The pixels as packed {@code 0xRRGGBB}, undoing {@code order}. */
        public int[] rgb(ColorOrder order) {
            int[] rgb = new int[dataBytes.length / 3];
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] = order.pack(dataBytes[i * 3], dataBytes[i * 3 + 1], dataBytes[i * 3 + 2]);
            }
            return rgb;
        }
    }

    private Ws2812Stream() {
    }

    public static Decoded decode(byte[] stream, int pixelCount) {
        return decode(stream, 0, stream.length, pixelCount);
    }

    /** Decodes one frame of {@code length} bytes starting at {@code offset}. */
    public static Decoded decode(byte[] stream, int offset, int length, int pixelCount) {
        int[] data = new int[pixelCount * 3];
        int bitIndex = offset * 8;
        for (int b = 0; b < data.length; b++) {
            int value = 0;
            for (int bit = 0; bit < 8; bit++) {
                int symbol = (spiBit(stream, bitIndex) << 2) | (spiBit(stream, bitIndex + 1) << 1) | spiBit(stream, bitIndex + 2);
                bitIndex += 3;
                value <<= 1;
                if (symbol == 0b110) {
                    value |= 1;
                } else if (symbol != 0b100) {
                    throw new AssertionError("malformed symbol " + Integer.toBinaryString(symbol) + " at SPI bit " + bitIndex);
                }
            }
            data[b] = value;
        }
        int low = 0;
        for (int i = bitIndex; i < (offset + length) * 8; i++) {
            if (spiBit(stream, i) != 0) {
                throw new AssertionError("line goes high during the latch at SPI bit " + i);
            }
            low++;
        }
        return new Decoded(data, low);
    }

    private static int spiBit(byte[] stream, int index) {
        return (stream[index / 8] >>> (7 - index % 8)) & 1;
    }
}
