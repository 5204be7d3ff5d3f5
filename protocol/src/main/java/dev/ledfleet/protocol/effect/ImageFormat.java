package dev.ledfleet.protocol.effect;

/** Recognises the image files a sprite may be made from by their magic bytes. */
public final class ImageFormat {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private ImageFormat() {
    }

    public static boolean isPng(byte[] data) {
        return startsWith(data, PNG);
    }

    public static boolean isGif(byte[] data) {
        return startsWith(data, "GIF87a".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                || startsWith(data, "GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public static boolean isPngOrGif(byte[] data) {
        return isPng(data) || isGif(data);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
