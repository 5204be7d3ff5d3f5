package dev.ledfleet.agent.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class Apa102EncoderTest {

    private static final int[] PIXELS = {0xff0000, 0x00ff00, 0x0000ff, 0x123456, 0x000000, 0xffffff};

    /** What a chain of APA102 chips would latch: colours and the 5-bit brightness of each LED. */
    private record Decoded(int[] rgb, int[] brightness, int endFrameOnes) {
    }

    private static Decoded decode(byte[] stream, int pixelCount, ColorOrder order) {
        for (int i = 0; i < 4; i++) {
            assertEquals(0, stream[i], "start frame byte " + i);
        }
        int[] rgb = new int[pixelCount];
        int[] brightness = new int[pixelCount];
        int at = 4;
        for (int i = 0; i < pixelCount; i++, at += 4) {
            int header = stream[at] & 0xff;
            assertEquals(0b111, header >>> 5, "header of LED " + i + " must start with 111");
            brightness[i] = header & 0x1f;
            rgb[i] = order.pack(stream[at + 1], stream[at + 2], stream[at + 3]);
        }
        int ones = 0;
        for (; at < stream.length; at++) {
            assertEquals((byte) 0xff, stream[at], "end frame byte at " + at);
            ones += 8;
        }
        return new Decoded(rgb, brightness, ones);
    }

    @ParameterizedTest
    @EnumSource(ColorOrder.class)
    void encode_anyOrder_decodesBackToTheSamePixelsInChainOrder(ColorOrder order) {
        Apa102Encoder encoder = new Apa102Encoder(PIXELS.length, order, 31);
        byte[] out = new byte[encoder.frameBytes()];

        encoder.encode(PIXELS, out);

        assertArrayEquals(PIXELS, decode(out, PIXELS.length, order).rgb());
    }

    @Test
    void encode_bgr_sendsBlueThenGreenThenRedAfterTheHeader() {
        Apa102Encoder encoder = new Apa102Encoder(1, ColorOrder.BGR, 31);
        byte[] out = new byte[encoder.frameBytes()];

        encoder.encode(new int[] {0x112233}, out);

        assertArrayEquals(new byte[] {0, 0, 0, 0, (byte) 0xff, 0x33, 0x22, 0x11}, Arrays.copyOf(out, 8));
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "16", "31"})
    void encode_globalBrightness_landsInTheLowFiveBitsOfEveryHeader(int level) {
        Apa102Encoder encoder = new Apa102Encoder(PIXELS.length, ColorOrder.BGR, level);
        byte[] out = new byte[encoder.frameBytes()];

        encoder.encode(PIXELS, out);

        for (int b : decode(out, PIXELS.length, ColorOrder.BGR).brightness()) {
            assertEquals(level, b);
        }
    }

    @ParameterizedTest
    @CsvSource({"1", "16", "64", "65", "256", "1000"})
    void encode_endFrame_hasAtLeastHalfAClockPerLed(int pixelCount) {
        Apa102Encoder encoder = new Apa102Encoder(pixelCount, ColorOrder.BGR, 31);
        byte[] out = new byte[encoder.frameBytes()];

        encoder.encode(new int[pixelCount], out);

        int ones = decode(out, pixelCount, ColorOrder.BGR).endFrameOnes();
        assertTrue(ones * 2 >= pixelCount, ones + " end-frame bits for " + pixelCount + " LEDs");
        assertTrue(ones >= 32);
    }

    @Test
    void construct_brightnessAbove31_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Apa102Encoder(1, ColorOrder.BGR, 32));
    }
}
