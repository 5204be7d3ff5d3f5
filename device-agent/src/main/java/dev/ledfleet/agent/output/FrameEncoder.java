package dev.ledfleet.agent.output;

/** Turns one frame of packed {@code 0xRRGGBB} pixels in chain order into the bytes a LED chip reads. */
public sealed interface FrameEncoder permits Ws2812SpiEncoder, Apa102Encoder {

    int pixelCount();

    /** The length of one encoded frame. */
    int frameBytes();

    /** Encodes without allocating; {@code out} must be at least {@link #frameBytes()} long. */
    void encode(int[] physicalPixels, byte[] out);
}
