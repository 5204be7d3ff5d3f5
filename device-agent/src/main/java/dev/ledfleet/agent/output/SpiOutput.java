package dev.ledfleet.agent.output;

import java.io.IOException;
import java.nio.file.Path;

/** A LED chain on a spidev device, WS2812 or APA102 depending on the encoder. */
public final class SpiOutput implements LedOutput {

    private final FrameEncoder encoder;
    private final Spidev spidev;
    private final byte[] frame;
    private final long wireNanos;

    public SpiOutput(FrameEncoder encoder, Path device, int speedHz) throws IOException {
        this.encoder = encoder;
        this.frame = new byte[encoder.frameBytes()];
        this.spidev = Spidev.open(device, speedHz, frame.length);
        this.wireNanos = frame.length * 8L * 1_000_000_000L / speedHz;
    }

    @Override
    public int pixelCount() {
        return encoder.pixelCount();
    }

    @Override
    public long frameWireNanos() {
        return wireNanos;
    }

    @Override
    public void show(int[] pixels) throws IOException {
        encoder.encode(pixels, frame);
        spidev.write(frame);
    }

    @Override
    public void close() {
        spidev.close();
    }
}
