package dev.ledfleet.agent.output;

import java.io.IOException;

/**
 * Where finished frames go: a real LED chain over SPI, a file, or memory. The frame loop calls
 * {@link #show} from its own thread only.
 */
public interface LedOutput extends AutoCloseable {

    /** The number of LEDs in the chain. */
    int pixelCount();

    /** How long one frame takes on the wire, latch included; the frame loop never runs faster. */
    long frameWireNanos();

    /**
     * Sends one frame. {@code pixels} holds packed {@code 0xRRGGBB} in physical chain order, already
     * corrected for brightness, gamma and the power budget; the output applies its colour order and
     * encoding. Must not allocate.
     */
    void show(int[] pixels) throws IOException;

    @Override
    void close() throws IOException;
}
