package dev.ledfleet.agent.output;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpidevTest {

    @Test
    void checkFits_500Ws2812Leds_exceedDefaultBufferAndNameTheKernelParameter() {
        int frameBytes = new Ws2812SpiEncoder(500, ColorOrder.GRB).frameBytes();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Spidev.checkFits(frameBytes, Spidev.DEFAULT_BUFSIZ));

        assertTrue(e.getMessage().contains("spidev.bufsiz=8192") && e.getMessage().contains(String.valueOf(frameBytes)),
                e.getMessage());
    }

    @Test
    void checkFits_grid16x16Ws2812_fitsTheDefaultBuffer() {
        assertDoesNotThrow(() -> Spidev.checkFits(new Ws2812SpiEncoder(256, ColorOrder.GRB).frameBytes(), Spidev.DEFAULT_BUFSIZ));
    }

    @Test
    void bufsiz_readsTheModuleParameter(@TempDir Path dir) throws Exception {
        Path parameter = dir.resolve("bufsiz");
        Files.writeString(parameter, "65536\n");
        assertEquals(65536, Spidev.bufsiz(parameter));
    }

    @Test
    void bufsiz_withoutTheParameter_isTheKernelDefault(@TempDir Path dir) {
        assertEquals(4096, Spidev.bufsiz(dir.resolve("absent")));
    }

    @Test
    void open_missingDevice_pointsAtTheSpiSetup(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class,
                () -> Spidev.open(dir.resolve("spidev9.9"), Ws2812SpiEncoder.CLOCK_HZ, 132));
        assertTrue(e.getMessage().contains("dtparam=spi=on"), e.getMessage());
    }

    @Test
    void open_fileThatIsNotSpidev_failsOnTheFirstIoctl(@TempDir Path dir) throws Exception {
        Path notSpi = Files.createFile(dir.resolve("plain-file"));
        IOException e = assertThrows(IOException.class,
                () -> Spidev.open(notSpi, Ws2812SpiEncoder.CLOCK_HZ, 132));
        assertTrue(e.getMessage().contains("cannot set SPI mode 0"), e.getMessage());
    }

    @Test
    void ioctlNumbers_matchLinuxSpidevHeader() {
        // _IOW('k', 4, __u32): direction write (1 << 30), size 4, type 'k' (0x6b), number 4.
        assertEquals((1 << 30) | (4 << 16) | ('k' << 8) | 4, Spidev.SPI_IOC_WR_MAX_SPEED_HZ);
        assertEquals((1 << 30) | (1 << 16) | ('k' << 8) | 1, Spidev.SPI_IOC_WR_MODE);
        assertEquals((1 << 30) | (1 << 16) | ('k' << 8) | 3, Spidev.SPI_IOC_WR_BITS_PER_WORD);
    }
}
