package dev.ledfleet.agent.effect.sprite;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageReader;
import org.w3c.dom.Node;

/**
 * Composes the frames of an animated GIF the way a browser shows them: each frame is drawn at its
 * position on the GIF's logical screen over what its predecessor left, as the predecessor's
 * disposal method says.
 */
final class GifFrames {

    private static final String STREAM_FORMAT = "javax_imageio_gif_stream_1.0";
    private static final String IMAGE_FORMAT = "javax_imageio_gif_image_1.0";
    /** Browsers show frames with a delay of 0 or 1 hundredths of a second for 100 ms; so do we. */
    private static final int DEFAULT_DELAY_MS = 100;

    private GifFrames() {
    }

    static SpriteSheet decode(ImageReader reader, int frames, int background) throws IOException {
        Node stream = SpriteSheet.tree(reader.getStreamMetadata(), STREAM_FORMAT);
        Node screenNode = stream == null ? null : SpriteSheet.child(stream, "LogicalScreenDescriptor");
        int width = SpriteSheet.intAttribute(screenNode, "logicalScreenWidth", reader.getWidth(0));
        int height = SpriteSheet.intAttribute(screenNode, "logicalScreenHeight", reader.getHeight(0));
        SpriteSheet.checkSize(width, height, frames);
        int[] screen = new int[width * height];
        int[] saved = new int[width * height];
        int[] pixels = new int[frames * width * height];
        int[] frameEndsMs = new int[frames];
        int elapsedMs = 0;
        for (int f = 0; f < frames; f++) {
            BufferedImage image = reader.read(f);
            Node meta = SpriteSheet.tree(reader.getImageMetadata(f), IMAGE_FORMAT);
            Node descriptor = meta == null ? null : SpriteSheet.child(meta, "ImageDescriptor");
            Node control = meta == null ? null : SpriteSheet.child(meta, "GraphicControlExtension");
            int left = SpriteSheet.intAttribute(descriptor, "imageLeftPosition", 0);
            int top = SpriteSheet.intAttribute(descriptor, "imageTopPosition", 0);
            String disposal = SpriteSheet.attribute(control, "disposalMethod");
            int delay = SpriteSheet.intAttribute(control, "delayTime", 0);
            elapsedMs += delay <= 1 ? DEFAULT_DELAY_MS : delay * 10;
            frameEndsMs[f] = elapsedMs;
            if (disposal.equals("restoreToPrevious")) {
                System.arraycopy(screen, 0, saved, 0, screen.length);
            }
            draw(image, left, top, screen, width, height);
            for (int i = 0; i < screen.length; i++) {
                pixels[f * screen.length + i] = SpriteSheet.flatten(screen[i], background);
            }
            if (disposal.equals("restoreToBackgroundColor")) {
                clear(screen, width, height, left, top, image.getWidth(), image.getHeight());
            } else if (disposal.equals("restoreToPrevious")) {
                System.arraycopy(saved, 0, screen, 0, screen.length);
            }
        }
        return SpriteSheet.of(width, height, frames, pixels, frameEndsMs);
    }

    /** Opaque pixels of the frame replace the screen's; transparent ones let it show through. */
    private static void draw(BufferedImage image, int left, int top, int[] screen, int width, int height) {
        for (int y = 0; y < image.getHeight(); y++) {
            int sy = top + y;
            for (int x = 0; x < image.getWidth(); x++) {
                int sx = left + x;
                int argb = image.getRGB(x, y);
                if (sx < width && sy < height && (argb >>> 24) != 0) {
                    screen[sy * width + sx] = argb;
                }
            }
        }
    }

    private static void clear(int[] screen, int width, int height, int left, int top, int w, int h) {
        for (int y = Math.max(0, top); y < Math.min(height, top + h); y++) {
            Arrays.fill(screen, y * width + Math.max(0, left), y * width + Math.min(width, left + w), 0);
        }
    }
}
