package dev.ledfleet.agent.kernel;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * The few libc calls the agent makes to Linux device files (spidev, the GPIO character device),
 * direct-mapped through JNA so a call allocates nothing on the frame path. Failures throw
 * {@link LastErrorException} carrying errno.
 */
public final class Libc {

    static {
        Native.register(Libc.class, NativeLibrary.getInstance("c"));
    }

    private Libc() {
    }

    public static native int open(String path, int flags) throws LastErrorException;

    public static native int ioctl(int fd, NativeLong request, Pointer arg) throws LastErrorException;

    public static native int poll(Pointer fds, int count, int timeoutMs) throws LastErrorException;

    public static native NativeLong read(int fd, Pointer buffer, NativeLong count) throws LastErrorException;

    public static native NativeLong write(int fd, Pointer buffer, NativeLong count) throws LastErrorException;

    public static native int close(int fd);
}
