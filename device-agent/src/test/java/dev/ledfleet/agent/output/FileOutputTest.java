package dev.ledfleet.agent.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOutputTest {

    @Test
    void show_twoFrames_appendsTheExactEncodedBytesOfEach(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("frames.bin");
        int[] first = {0xff0000, 0x00ff00, 0x0000ff};
        int[] second = {0x010203, 0, 0xffffff};
        try (LedOutput output = OutputSpec.parse("file:" + file).open(3)) {
            output.show(first);
            output.show(second);
        }

        Ws2812SpiEncoder encoder = new Ws2812SpiEncoder(3, ColorOrder.GRB);
        byte[] expectedFrame = new byte[encoder.frameBytes()];
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        encoder.encode(first, expectedFrame);
        expected.write(expectedFrame);
        encoder.encode(second, expectedFrame);
        expected.write(expectedFrame);
        assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file));
    }

    @Test
    void show_apa102Encoding_writesApa102Frames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("frames.bin");
        try (LedOutput output = OutputSpec.parse("file:" + file + "?encoding=apa102&brightness=3").open(1)) {
            output.show(new int[] {0x112233});
        }

        assertArrayEquals(new byte[] {0, 0, 0, 0, (byte) 0xe3, 0x33, 0x22, 0x11, -1, -1, -1, -1}, Files.readAllBytes(file));
    }
}
