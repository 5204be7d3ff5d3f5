package dev.ledfleet.agent.output;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Appends the exact bytes of every encoded frame to a file or FIFO, so the hardware encoding can be
 * checked (or fed to a logic-analyser replay) without hardware. Opening a FIFO waits for a reader.
 */
public final class FileOutput implements LedOutput {

    private final FrameEncoder encoder;
    private final FileOutputStream stream;
    private final byte[] frame;

    public FileOutput(FrameEncoder encoder, Path path) throws IOException {
        this.encoder = encoder;
        this.frame = new byte[encoder.frameBytes()];
        this.stream = new FileOutputStream(path.toFile(), true);
    }

    @Override
    public int pixelCount() {
        return encoder.pixelCount();
    }

    @Override
    public long frameWireNanos() {
        return 0;
    }

    @Override
    public void show(int[] pixels) throws IOException {
        encoder.encode(pixels, frame);
        stream.write(frame);
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
