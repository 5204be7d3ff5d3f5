package dev.ledfleet.agent.output;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import dev.ledfleet.agent.kernel.Libc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one class that talks to the Linux spidev driver: opens {@code /dev/spidevB.C}, sets SPI mode,
 * word size and clock through the {@code SPI_IOC_WR_*} ioctls of {@code <linux/spi/spidev.h>}, and
 * writes whole frames with one {@code write(2)} each, so a frame is one uninterrupted SPI transfer.
 */
public final class Spidev implements AutoCloseable {

    /** Where the kernel exposes the spidev buffer size; one {@code write(2)} may not exceed it. */
    public static final Path BUFSIZ_PARAMETER = Path.of("/sys/module/spidev/parameters/bufsiz");
    public static final int DEFAULT_BUFSIZ = 4096;

    // _IOW('k', nr, size) = 1 << 30 | size << 16 | 'k' << 8 | nr, the same on ARM, ARM64 and x86.
    static final int SPI_IOC_WR_MODE = 0x40016b01;
    static final int SPI_IOC_WR_BITS_PER_WORD = 0x40016b03;
    static final int SPI_IOC_WR_MAX_SPEED_HZ = 0x40046b04;
    private static final int O_WRONLY = 1;

    private final Path device;
    private final int fd;
    private final Memory buffer;
    private final NativeLong length;

    private Spidev(Path device, int fd, int frameBytes) {
        this.device = device;
        this.fd = fd;
        this.buffer = new Memory(frameBytes);
        this.length = new NativeLong(frameBytes);
    }

    /**
     * Opens {@code device} for frames of exactly {@code frameBytes} bytes at {@code speedHz}, SPI
     * mode 0, 8-bit words. Fails when the frame does not fit the spidev buffer.
     */
    public static Spidev open(Path device, int speedHz, int frameBytes) throws IOException {
        checkFits(frameBytes, bufsiz(BUFSIZ_PARAMETER));
        int fd;
        try {
            fd = Libc.open(device.toString(), O_WRONLY);
        } catch (LastErrorException e) {
            throw new IOException("cannot open " + device + " (errno " + e.getErrorCode()
                    + "); is SPI enabled (dtparam=spi=on) and is the user in the 'spi' group?", e);
        }
        Spidev spidev = new Spidev(device, fd, frameBytes);
        try (Memory arg = new Memory(4)) {
            arg.setByte(0, (byte) 0);
            spidev.ioctl(SPI_IOC_WR_MODE, arg, "SPI mode 0");
            arg.setByte(0, (byte) 8);
            spidev.ioctl(SPI_IOC_WR_BITS_PER_WORD, arg, "8 bits per word");
            arg.setInt(0, speedHz);
            spidev.ioctl(SPI_IOC_WR_MAX_SPEED_HZ, arg, "clock of " + speedHz + " Hz");
        } catch (IOException | RuntimeException e) {
            spidev.close();
            throw e;
        }
        return spidev;
    }

    /** Reads the spidev buffer size, or the kernel's default when the module parameter is not there. */
    public static int bufsiz(Path parameter) {
        try {
            return Integer.parseInt(Files.readString(parameter).trim());
        } catch (IOException | NumberFormatException e) {
            return DEFAULT_BUFSIZ;
        }
    }

    /** Refuses a frame that spidev would reject or split: never a silent truncation. */
    public static void checkFits(int frameBytes, int bufsiz) {
        if (frameBytes > bufsiz) {
            throw new IllegalStateException("one frame is " + frameBytes + " bytes but the spidev buffer holds only "
                    + bufsiz + "; raise the kernel parameter spidev.bufsiz (add 'spidev.bufsiz=" + nextPowerOfTwo(frameBytes)
                    + "' to /boot/firmware/cmdline.txt and reboot) or drive fewer LEDs from this output");
        }
    }

    private static int nextPowerOfTwo(int n) {
        return Integer.highestOneBit(n - 1) << 1;
    }

    /** Sends one frame; {@code frame} must be exactly the size given at {@link #open}. */
    public void write(byte[] frame) throws IOException {
        buffer.write(0, frame, 0, frame.length);
        try {
            long written = Libc.write(fd, buffer, length).longValue();
            if (written != frame.length) {
                throw new IOException("short SPI write to " + device + ": " + written + " of " + frame.length + " bytes");
            }
        } catch (LastErrorException e) {
            throw new IOException("SPI write to " + device + " failed (errno " + e.getErrorCode() + ")", e);
        }
    }

    private void ioctl(int request, Pointer arg, String what) throws IOException {
        try {
            Libc.ioctl(fd, new NativeLong(Native.LONG_SIZE == 4 ? request : Integer.toUnsignedLong(request)), arg);
        } catch (LastErrorException e) {
            throw new IOException("cannot set " + what + " on " + device + " (errno " + e.getErrorCode() + ")", e);
        }
    }

    @Override
    public void close() {
        Libc.close(fd);
        buffer.close();
    }
}
