package dev.ledfleet.agent.output;

import java.util.Arrays;
import java.util.Objects;

/**
 * Turns a frame into the APA102 (DotStar) SPI stream: a start frame of 32 zero bits, then per LED
 * a header byte {@code 0b111xxxxx} carrying the 5-bit global brightness followed by the three colour
 * bytes in the chip's order (usually {@link ColorOrder#BGR}), then an end frame of ones.
 *
 * <p>APA102 has no timing constraints of its own (it is clocked), but each LED delays the clock by
 * half a cycle, so the data of the last LED only arrives after {@code pixelCount / 2} more clock
 * edges; the end frame supplies them: {@code ceil(pixelCount / 16)} bytes of {@code 0xFF}, never
 * fewer than four.
 */
public final class Apa102Encoder implements FrameEncoder {

    public static final int START_FRAME_BYTES = 4;
    public static final int BYTES_PER_PIXEL = 4;
    public static final int MAX_GLOBAL_BRIGHTNESS = 31;

    private final int pixelCount;
    private final ColorOrder order;
    private final byte header;
    private final int endFrameBytes;

    public Apa102Encoder(int pixelCount, ColorOrder order, int globalBrightness) {
        if (pixelCount < 1) {
            throw new IllegalArgumentException("pixelCount must be at least 1, got " + pixelCount);
        }
        if (globalBrightness < 0 || globalBrightness > MAX_GLOBAL_BRIGHTNESS) {
            throw new IllegalArgumentException("APA102 global brightness must be 0..31, got " + globalBrightness);
        }
        this.pixelCount = pixelCount;
        this.order = Objects.requireNonNull(order, "order");
        this.header = (byte) (0b1110_0000 | globalBrightness);
        this.endFrameBytes = Math.max(4, (pixelCount + 15) / 16);
    }

    @Override
    public int pixelCount() {
        return pixelCount;
    }

    public int endFrameBytes() {
        return endFrameBytes;
    }

    /** The length of one encoded frame, start and end frames included. */
    @Override
    public int frameBytes() {
        return START_FRAME_BYTES + pixelCount * BYTES_PER_PIXEL + endFrameBytes;
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
        Arrays.fill(out, 0, START_FRAME_BYTES, (byte) 0);
        int at = START_FRAME_BYTES;
        for (int i = 0; i < pixelCount; i++) {
            int rgb = physicalPixels[i];
            out[at] = header;
            out[at + 1] = (byte) order.first(rgb);
            out[at + 2] = (byte) order.second(rgb);
            out[at + 3] = (byte) order.third(rgb);
            at += BYTES_PER_PIXEL;
        }
        Arrays.fill(out, at, at + endFrameBytes, (byte) 0xff);
    }
}
