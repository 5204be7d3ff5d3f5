package dev.ledfleet.agent.effect.sprite;

import dev.ledfleet.agent.color.Rgb;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * The frames of a sprite, decoded once from a PNG or GIF and flattened onto the background colour
 * as packed {@code 0xRRGGBB} ints, frame after frame. A still image (PNG, or a GIF of one frame) is
 * a sheet of frame-size tiles read left to right, top to bottom; an animated GIF gives one frame per
 * GIF frame and keeps the GIF's frame delays. Indexed and RGB images, with or without transparency,
 * are all read through ImageIO.
 */
public final class SpriteSheet {

    /** A 48 KiB PNG can claim gigapixels; refuse anything that would not fit a few MB of frames. */
    public static final int MAX_PIXELS = 1 << 20;

    private static final SpriteSheet EMPTY = new SpriteSheet(1, 1, 0, new int[0], null);

    private final int frameWidth;
    private final int frameHeight;
    private final int frameCount;
    private final int[] pixels;
    private final int[] frameEndsMs;

    private SpriteSheet(int frameWidth, int frameHeight, int frameCount, int[] pixels, int[] frameEndsMs) {
        this.frameWidth = frameWidth;
        this.frameHeight = frameHeight;
        this.frameCount = frameCount;
        this.pixels = pixels;
        this.frameEndsMs = frameEndsMs;
    }

    /** A sheet without frames, which draws nothing. */
    public static SpriteSheet empty() {
        return EMPTY;
    }

    /**
     * Decodes {@code data}. A frame size of 0 means the canvas size (or the image size, if that is
     * smaller); GIF animations ignore it and use the GIF's own screen size.
     *
     * @throws IllegalArgumentException naming the {@code image} parameter when the data cannot be used
     */
    public static SpriteSheet decode(byte[] data, int frameWidth, int frameHeight, int canvasWidth,
                                     int canvasHeight, int background) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new Refusal("not a PNG or GIF that can be decoded");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, false, false);
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                if (!format.equals("png") && !format.equals("gif")) {
                    throw new Refusal("must be a PNG or GIF, got " + format);
                }
                checkSize(reader.getWidth(0), reader.getHeight(0), 1);
                int frames = reader.getNumImages(true);
                if (format.equals("gif") && frames > 1) {
                    return GifFrames.decode(reader, frames, background);
                }
                BufferedImage image = reader.read(0);
                return tiles(image, frameWidth, frameHeight, canvasWidth, canvasHeight, background);
            } finally {
                reader.dispose();
            }
        } catch (Refusal e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // ImageIO reports broken files with whatever exception its decoder happens to hit.
            throw new IllegalArgumentException("image: cannot be decoded (" + e.getMessage() + ")", e);
        }
    }

    /** A reason of ours for refusing an image, already worded for the {@code image} parameter. */
    static final class Refusal extends IllegalArgumentException {
        Refusal(String problem) {
            super("image: " + problem);
        }
    }

    public int frameWidth() {
        return frameWidth;
    }

    public int frameHeight() {
        return frameHeight;
    }

    public int frameCount() {
        return frameCount;
    }

    /** Whether the image says how long each frame shows (an animated GIF does). */
    public boolean hasOwnTiming() {
        return frameEndsMs != null;
    }

    /** With own timing: how long one pass through every frame takes, in milliseconds. */
    public int loopMs() {
        return frameEndsMs[frameCount - 1];
    }

    /** With own timing: the frame showing {@code ms} into a pass ({@code 0 <= ms < loopMs()}). */
    public int frameAt(int ms) {
        int frame = 0;
        while (frameEndsMs[frame] <= ms) {
            frame++;
        }
        return frame;
    }

    /** Colour of pixel ({@code x}, {@code y}) of frame {@code frame}. */
    public int pixel(int frame, int x, int y) {
        return pixels[(frame * frameHeight + y) * frameWidth + x];
    }

    /** Where row {@code y} of {@code frame} starts in {@link #pixels()}. */
    int rowOffset(int frame, int y) {
        return (frame * frameHeight + y) * frameWidth;
    }

    int[] pixels() {
        return pixels;
    }

    static void checkSize(int width, int height, int frames) {
        if ((long) width * height * frames > MAX_PIXELS) {
            throw new Refusal(frames + " frame(s) of " + width + "x" + height
                    + " is more than the " + MAX_PIXELS + " pixels a sprite may hold");
        }
    }

    static SpriteSheet of(int frameWidth, int frameHeight, int frameCount, int[] pixels, int[] frameEndsMs) {
        return new SpriteSheet(frameWidth, frameHeight, frameCount, pixels, frameEndsMs);
    }

    /** An ARGB pixel laid over the background by its alpha. */
    static int flatten(int argb, int background) {
        return Rgb.blend(background, argb & 0xffffff, argb >>> 24);
    }

    private static SpriteSheet tiles(BufferedImage image, int frameWidth, int frameHeight, int canvasWidth,
                                     int canvasHeight, int background) {
        int fw = frameWidth > 0 ? frameWidth : Math.min(canvasWidth, image.getWidth());
        int fh = frameHeight > 0 ? frameHeight : Math.min(canvasHeight, image.getHeight());
        int columns = image.getWidth() / fw;
        int rows = image.getHeight() / fh;
        if (columns == 0 || rows == 0) {
            throw new Refusal(image.getWidth() + "x" + image.getHeight()
                    + " is smaller than one " + fw + "x" + fh + " frame");
        }
        int[] pixels = new int[columns * rows * fw * fh];
        int at = 0;
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                for (int y = 0; y < fh; y++) {
                    for (int x = 0; x < fw; x++) {
                        pixels[at++] = flatten(image.getRGB(column * fw + x, row * fh + y), background);
                    }
                }
            }
        }
        return new SpriteSheet(fw, fh, columns * rows, pixels, null);
    }

    /** The first child of {@code node} named {@code name}, or null. */
    static Node child(Node node, String name) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeName().equals(name)) {
                return child;
            }
        }
        return null;
    }

    static int intAttribute(Node node, String name, int fallback) {
        if (node == null || node.getAttributes() == null || node.getAttributes().getNamedItem(name) == null) {
            return fallback;
        }
        return Integer.parseInt(node.getAttributes().getNamedItem(name).getNodeValue());
    }

    static String attribute(Node node, String name) {
        if (node == null || node.getAttributes() == null || node.getAttributes().getNamedItem(name) == null) {
            return "";
        }
        return node.getAttributes().getNamedItem(name).getNodeValue();
    }

    static Node tree(IIOMetadata metadata, String format) {
        return metadata == null ? null : metadata.getAsTree(format);
    }
}
