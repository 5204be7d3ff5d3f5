package dev.ledfleet.agent.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
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
    void show_intoAFifo_reachesTheReaderByteForByte(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("frames.fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo on this system");
            return;
        }
        assertEquals(0, mkfifo.waitFor());
        Ws2812SpiEncoder encoder = new Ws2812SpiEncoder(2, ColorOrder.GRB);
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readNBytes(encoder.frameBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        int[] pixels = {0x102030, 0xff00ff};
        try (LedOutput output = OutputSpec.parse("file:" + fifo).open(2)) {
            output.show(pixels);
        }

        byte[] expected = new byte[encoder.frameBytes()];
        encoder.encode(pixels, expected);
        assertArrayEquals(expected, read.get(10, TimeUnit.SECONDS));
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
