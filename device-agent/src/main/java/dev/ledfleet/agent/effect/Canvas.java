package dev.ledfleet.agent.effect;

/**
 * The pixels an effect draws on: {@code width * height} packed {@code 0xRRGGBB} ints in logical
 * row-major order, origin top-left. A 1-D effect sees a canvas one pixel high whose width is the
 * length of its line (a strip, or the number of rows, rings... of a grid's pixel map).
 */
public final class Canvas {

    private final int width;
    private final int height;
    private final int[] pixels;

    public Canvas(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("canvas must be at least 1x1, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int size() {
        return pixels.length;
    }

    /** The backing array, for code on the hot path that fills or copies it in bulk. */
    public int[] pixels() {
        return pixels;
    }

    public int get(int index) {
        return pixels[index];
    }

    public void set(int index, int rgb) {
        pixels[index] = rgb;
    }

    public int get(int x, int y) {
        return pixels[y * width + x];
    }

    /** Sets one pixel; coordinates outside the canvas are ignored, which keeps sprite and text clipping simple. */
    public void set(int x, int y, int rgb) {
        if (x >= 0 && x < width && y >= 0 && y < height) {
            pixels[y * width + x] = rgb;
        }
    }

    public void fill(int rgb) {
        java.util.Arrays.fill(pixels, rgb);
    }
}
