package dev.ledfleet.protocol.message;

/**
 * The binary payload of {@code <base>/<id>/frame}: an 8-byte header, then the pixels as RGB bytes in
 * logical row-major order from the top-left, brightness applied and no gamma.
 * <pre>
 * byte 0     format version, 1
 * byte 1     pixel format, 0 = RGB888
 * bytes 2-3  width, big-endian
 * bytes 4-5  height, big-endian
 * bytes 6-7  frame sequence number modulo 65536, big-endian
 * bytes 8-   width * height * 3 bytes
 * </pre>
 */
public final class FrameCodec {

    public static final int HEADER_BYTES = 8;
    public static final int VERSION = 1;
    public static final int FORMAT_RGB888 = 0;

    private FrameCodec() {
    }

    public static int payloadSize(int width, int height) {
        return HEADER_BYTES + width * height * 3;
    }

    /**
     * Writes a frame into {@code out}, which must be {@link #payloadSize} long. {@code rgb} holds
     * packed {@code 0xRRGGBB} pixels in logical row-major order. Allocates nothing.
     */
    public static void encode(int width, int height, int sequence, int[] rgb, byte[] out) {
        if (out.length != payloadSize(width, height) || rgb.length < width * height) {
            throw new IllegalArgumentException("frame buffer does not fit " + width + "x" + height);
        }
        out[0] = VERSION;
        out[1] = FORMAT_RGB888;
        out[2] = (byte) (width >>> 8);
        out[3] = (byte) width;
        out[4] = (byte) (height >>> 8);
        out[5] = (byte) height;
        out[6] = (byte) (sequence >>> 8);
        out[7] = (byte) sequence;
        int o = HEADER_BYTES;
        for (int i = 0; i < width * height; i++) {
            int c = rgb[i];
            out[o++] = (byte) (c >>> 16);
            out[o++] = (byte) (c >>> 8);
            out[o++] = (byte) c;
        }
    }

    /** A decoded frame: packed {@code 0xRRGGBB} pixels in logical row-major order. */
    public record Frame(int width, int height, int sequence, int[] pixels) {
    }

    public static Frame decode(byte[] payload) throws InvalidMessageException {
        if (payload.length < HEADER_BYTES) {
            throw new InvalidMessageException("", "frame is " + payload.length + " bytes, shorter than its 8-byte header");
        }
        if (payload[0] != VERSION || payload[1] != FORMAT_RGB888) {
            throw new InvalidMessageException("", "frame version " + payload[0] + " format " + payload[1]
                    + " is not understood (expected version 1, format 0)");
        }
        int width = u16(payload, 2);
        int height = u16(payload, 4);
        // In long arithmetic: two 16-bit sides times three overflow an int, and a wrapped size could
        // match a tiny payload and make the pixel array negative or larger than the payload.
        long needed = HEADER_BYTES + (long) width * height * 3;
        if (width == 0 || height == 0 || payload.length != needed) {
            throw new InvalidMessageException("", "frame of " + width + "x" + height + " needs "
                    + needed + " bytes, got " + payload.length);
        }
        int[] pixels = new int[width * height];
        for (int i = 0, o = HEADER_BYTES; i < pixels.length; i++, o += 3) {
            pixels[i] = (payload[o] & 0xff) << 16 | (payload[o + 1] & 0xff) << 8 | (payload[o + 2] & 0xff);
        }
        return new Frame(width, height, u16(payload, 6), pixels);
    }

    private static int u16(byte[] data, int offset) {
        return (data[offset] & 0xff) << 8 | (data[offset + 1] & 0xff);
    }
}
