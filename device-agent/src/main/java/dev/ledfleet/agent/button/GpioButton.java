package dev.ledfleet.agent.button;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads a button from a GPIO line through the Linux GPIO character device ({@code /dev/gpiochipN},
 * the line-event ioctl of {@code <linux/gpio.h>} ABI v1, present in Raspberry Pi OS kernels). The
 * kernel sets the bias (pull-up/down) and stamps each edge with {@code CLOCK_MONOTONIC}, the clock of
 * {@link ButtonDriver#now()}. After each event the line is read again, so the level handed on is the
 * real one even when several edges arrive together.
 */
public final class GpioButton implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(GpioButton.class.getName());

    // _IOWR(0xB4, 0x04, struct gpioevent_request) with sizeof = 48; _IOWR(0xB4, 0x08, struct gpiohandle_data) with 64.
    static final int GPIO_GET_LINEEVENT_IOCTL = 0xC030B404;
    static final int GPIOHANDLE_GET_LINE_VALUES_IOCTL = 0xC040B408;
    static final int REQUEST_INPUT = 1;
    static final int REQUEST_ACTIVE_LOW = 1 << 2;
    static final int BIAS_PULL_UP = 1 << 5;
    static final int BIAS_PULL_DOWN = 1 << 6;
    static final int BIAS_DISABLE = 1 << 7;
    private static final int BOTH_EDGES = 3;
    private static final int REQUEST_SIZE = 48;
    private static final int REQUEST_FD_OFFSET = 44;
    private static final int EVENT_SIZE = 16;
    private static final int O_RDONLY = 0;
    private static final short POLLIN = 1;

    private final ButtonPin pin;
    private final int eventFd;
    private final ButtonDriver driver;
    private final Thread reader;
    private volatile boolean closed;

    private GpioButton(ButtonPin pin, int eventFd, ButtonDriver driver) {
        this.pin = pin;
        this.eventFd = eventFd;
        this.driver = driver;
        this.reader = new Thread(this::readEvents, "gpio-" + pin.chip() + "-" + pin.line());
        reader.setDaemon(true);
    }

    /** Requests the line and starts passing its edges to {@code driver}. */
    public static GpioButton open(ButtonPin pin, ButtonDriver driver) throws IOException {
        Path chip = Path.of("/dev", pin.chip());
        int chipFd;
        try {
            chipFd = Libc.open(chip.toString(), O_RDONLY);
        } catch (LastErrorException e) {
            throw new IOException("cannot open " + chip + " (errno " + e.getErrorCode() + "); is the user in the 'gpio' group?", e);
        }
        try (Memory request = new Memory(REQUEST_SIZE)) {
            request.clear();
            request.setInt(0, pin.line());
            request.setInt(4, handleFlags(pin));
            request.setInt(8, BOTH_EDGES);
            byte[] label = "ledfleet-button".getBytes(StandardCharsets.US_ASCII);
            request.write(12, label, 0, label.length);
            Libc.ioctl(chipFd, request(GPIO_GET_LINEEVENT_IOCTL), request);
            GpioButton button = new GpioButton(pin, request.getInt(REQUEST_FD_OFFSET), driver);
            driver.edge(ButtonDriver.now(), button.readPressed());
            button.reader.start();
            return button;
        } catch (LastErrorException e) {
            throw new IOException("cannot request line " + pin.line() + " of " + chip + " as a button input (errno "
                    + e.getErrorCode() + "); is it in use by another program or a device-tree overlay?", e);
        } finally {
            Libc.close(chipFd);
        }
    }

    static int handleFlags(ButtonPin pin) {
        int flags = REQUEST_INPUT | (pin.activeLow() ? REQUEST_ACTIVE_LOW : 0);
        return flags | switch (pin.pull()) {
            case UP -> BIAS_PULL_UP;
            case DOWN -> BIAS_PULL_DOWN;
            case NONE -> BIAS_DISABLE;
        };
    }

    private static NativeLong request(int code) {
        return new NativeLong(Native.LONG_SIZE == 4 ? code : Integer.toUnsignedLong(code));
    }

    private boolean readPressed() {
        try (Memory values = new Memory(64)) {
            Libc.ioctl(eventFd, request(GPIOHANDLE_GET_LINE_VALUES_IOCTL), values);
            return values.getByte(0) != 0; // logical value: active-low already applied by the kernel
        }
    }

    private void readEvents() {
        try (Memory pollFd = new Memory(8); Memory event = new Memory(EVENT_SIZE)) {
            NativeLong eventSize = new NativeLong(EVENT_SIZE);
            while (!closed) {
                pollFd.setInt(0, eventFd);
                pollFd.setShort(4, POLLIN);
                pollFd.setShort(6, (short) 0);
                if (Libc.poll(pollFd, 1, 200) <= 0) {
                    continue;
                }
                Libc.read(eventFd, event, eventSize);
                driver.edge(edgeTime(event.getLong(0) / 1_000_000, ButtonDriver.now()), readPressed());
            }
        } catch (LastErrorException e) {
            if (!closed) {
                LOG.log(System.Logger.Level.ERROR, "reading GPIO line " + pin.line() + " failed (errno " + e.getErrorCode() + ")");
            }
        }
    }

    /**
     * The kernel's stamp when it is on our clock: kernels before 5.7 stamped v1 events with the
     * real-time clock, which is nowhere near the monotonic one; then the read time has to do.
     */
    static long edgeTime(long kernelMs, long nowMs) {
        return Math.abs(nowMs - kernelMs) < 1_000 ? kernelMs : nowMs;
    }

    @Override
    public void close() {
        closed = true;
        try {
            reader.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Libc.close(eventFd);
    }

    /** Direct-mapped libc calls. */
    static final class Libc {
        static {
            Native.register(Libc.class, NativeLibrary.getInstance("c"));
        }

        private Libc() {
        }

        static native int open(String path, int flags) throws LastErrorException;

        static native int ioctl(int fd, NativeLong request, Pointer arg) throws LastErrorException;

        static native int poll(Pointer fds, int count, int timeoutMs) throws LastErrorException;

        static native NativeLong read(int fd, Pointer buffer, NativeLong count) throws LastErrorException;

        static native int close(int fd);
    }
}
