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

    @ParameterizedTest
    @EnumSource(ColorOrder.class)
    void encode_anyOrder_decodesBackToTheSamePixelsInChainOrder(ColorOrder order) {
        Ws2812SpiEncoder encoder = new Ws2812SpiEncoder(PIXELS.length, order);
        byte[] out = new byte[encoder.frameBytes()];

        encoder.encode(PIXELS, out);

        assertArrayEquals(PIXELS, Ws2812Stream.decode(out, PIXELS.length).rgb(order));
    }

    @Test
    void encode_grb_sendsGreenFirstThenRedThenBlue() {
        Ws2812SpiEncoder encoder = new Ws2812SpiEncoder(1, ColorOrder.GRB);
        byte[] out = new byte[encoder.frameBytes()];

        encoder.encode(new int[] {0x112233}, out);

        assertArrayEquals(new int[] {0x22, 0x11, 0x33}, Ws2812Stream.decode(out, 1).dataBytes());
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

        int lowBits = Ws2812Stream.decode(out, PIXELS.length).trailingLowBits();
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
