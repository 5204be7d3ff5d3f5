package dev.ledfleet.agent.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Ws2812SpiEncoderTest {

    private static final int[] PIXELS = {0xff0000, 0x00ff00, 0x0000ff, 0x123456, 0x000000, 0xffffff, 0x80017f};

    /**
     * Reads the stream as MOSI would draw it: three SPI bits per data bit, {@code 100} a zero,
     * {@code 110} a one; anything else is a malformed symbol. Returns the data bytes and, separately,
     * counts the low bits after the last pixel.
     */
    private record Decoded(int[] dataBytes, int trailingLowBits) {
    }

    private static Decoded decode(byte[] stream, int pixelCount) {
        int[] data = new int[pixelCount * 3];
        int bitIndex = 0;
        for (int b = 0; b < data.length; b++) {
            int value = 0;
            for (int bit = 0; bit < 8; bit++) {
                int symbol = (spiBit(stream, bitIndex) << 2) | (spiBit(stream, bitIndex + 1) << 1)
                        | spiBit(stream, bitIndex + 2);
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
        for (int i = bitIndex; i < stream.length * 8; i++) {
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

    private static int[] toRgb(int[] dataBytes, ColorOrder order) {
        int[] rgb = new int[dataBytes.length / 3];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = order.pack(dataBytes[i * 3], dataBytes[i * 3 + 1], dataBytes[i * 3 + 2]);
        }
        return rgb;
    }

    @ParameterizedTest
    @EnumSource(ColorOrder.class)
    void encode_anyOrder_decodesBackToTheSamePixelsInChainOrder(ColorOrder order) {
        Ws2812SpiEncoder encoder = new Ws2812SpiEncoder(PIXELS.length, order);
        byte[] out = new byte[encoder.frameBytes()];

        encoder.encode(PIXELS, out);

        assertArrayEquals(PIXELS, toRgb(decode(out, PIXELS.length).dataBytes(), order));
    }

    @Test
    void encode_grb_sendsGreenFirstThenRedThenBlue() {
        Ws2812SpiEncoder encoder = new Ws2812SpiEncoder(1, ColorOrder.GRB);
        byte[] out = new byte[encoder.frameBytes()];

        encoder.encode(new int[] {0x112233}, out);

        assertArrayEquals(new int[] {0x22, 0x11, 0x33}, decode(out, 1).dataBytes());
    }

    @Test
    void encode_zeroAndOne_useTheDocumentedSymbols() {
        Ws2812SpiEncoder encoder = new Ws2812SpiEncoder(1, ColorOrder.RGB);
        byte[] out = new byte[encoder.frameBytes()];

        encoder.encode(new int[] {0xff0000}, out);

        // 0xff: eight times 110 = 110110110110110110110110 = 0xDB 0x6D 0xB6; 0x00: eight times 100 = 0x92 0x49 0x24.
        assertArrayEquals(new byte[] {(byte) 0xdb, 0x6d, (byte) 0xb6, (byte) 0x92, 0x49, 0x24, (byte) 0x92, 0x49, 0x24},
                Arrays.copyOf(out, 9));
    }

    @Test
    void encode_latch_holdsTheLineLowForAtLeast300Microseconds() {
        Ws2812SpiEncoder encoder = new Ws2812SpiEncoder(PIXELS.length, ColorOrder.GRB);
        byte[] out = new byte[encoder.frameBytes()];
        Arrays.fill(out, (byte) 0x55);

        encoder.encode(PIXELS, out);

        int lowBits = decode(out, PIXELS.length).trailingLowBits();
        double lowMicros = lowBits * 1e6 / Ws2812SpiEncoder.CLOCK_HZ;
        assertTrue(lowMicros >= 300, "latch lasts only " + lowMicros + " µs");
    }

    @Test
    void frameBytes_countsNineBytesPerPixelPlusLatch() {
        assertEquals(256 * 9 + Ws2812SpiEncoder.LATCH_BYTES, new Ws2812SpiEncoder(256, ColorOrder.GRB).frameBytes());
    }

    @Test
    void encode_bufferTooSmall_isRejected() {
        Ws2812SpiEncoder encoder = new Ws2812SpiEncoder(2, ColorOrder.GRB);
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(new int[2], new byte[encoder.frameBytes() - 1]));
    }
}
