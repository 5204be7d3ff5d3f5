package dev.ledfleet.agent.layout;

import dev.ledfleet.protocol.message.LayoutInfo;
import dev.ledfleet.protocol.message.Wiring;
import java.util.Locale;

/**
 * The LEDs of a device and how they are chained: which physical LED lights logical pixel (x, y),
 * origin top-left. Written as text on the command line and in the agent's configuration:
 * <pre>
 *   strip:N                      N LEDs in a line (width N, height 1)
 *   grid:WxH[,OPTION]...         W columns by H rows
 * </pre>
 * Options, in any order: {@code serpentine} (default; rows zig-zag: row 0 runs left to right, row 1
 * right to left, ...), {@code progressive} (every row left to right), {@code flip-x} (mirror
 * left-right), {@code flip-y} (mirror top-bottom), {@code transpose} (the chain runs down the
 * columns instead of along the rows). Example: {@code grid:16x16,progressive,flip-x}.
 *
 * <p>The flips are applied to the logical position first, then transpose, then the wiring. Unflipped
 * and untransposed, physical LED 0 is logical (0,0).
 */
public record Layout(int width, int height, Wiring wiring, boolean flipX, boolean flipY, boolean transpose) {

    /** The largest number of LEDs one agent drives. */
    public static final int MAX_PIXELS = 16_384;

    public Layout {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a layout needs at least one pixel, got " + width + "x" + height);
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("a layout may have at most " + MAX_PIXELS + " pixels, got "
                    + width + "x" + height);
        }
    }

    public static Layout strip(int length) {
        return new Layout(length, 1, Wiring.SERPENTINE, false, false, false);
    }

    public static Layout grid(int width, int height, Wiring wiring) {
        return new Layout(width, height, wiring, false, false, false);
    }

    /** Reads the textual form described above; the message of the exception names what is wrong. */
    public static Layout parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split(",");
        String base = parts[0].trim();
        int width;
        int height;
        if (base.startsWith("strip:")) {
            width = number(base.substring(6), text);
            height = 1;
        } else if (base.startsWith("grid:")) {
            String[] size = base.substring(5).split("x", -1);
            if (size.length != 2) {
                throw new IllegalArgumentException("layout '" + text + "': a grid is written grid:WxH, e.g. grid:16x16");
            }
            width = number(size[0], text);
            height = number(size[1], text);
        } else {
            throw new IllegalArgumentException("layout '" + text + "' must start with strip:N or grid:WxH");
        }
        Wiring wiring = Wiring.SERPENTINE;
        boolean flipX = false;
        boolean flipY = false;
        boolean transpose = false;
        for (int i = 1; i < parts.length; i++) {
            switch (parts[i].trim()) {
                case "serpentine" -> wiring = Wiring.SERPENTINE;
                case "progressive" -> wiring = Wiring.PROGRESSIVE;
                case "flip-x" -> flipX = true;
                case "flip-y" -> flipY = true;
                case "transpose" -> transpose = true;
                default -> throw new IllegalArgumentException("layout '" + text + "': unknown option '" + parts[i].trim()
                        + "'; options are serpentine, progressive, flip-x, flip-y, transpose");
            }
        }
        return new Layout(width, height, wiring, flipX, flipY, transpose);
    }

    private static int number(String digits, String text) {
        try {
            int n = Integer.parseInt(digits.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the whole layout text
        }
        throw new IllegalArgumentException("layout '" + text + "': '" + digits.trim() + "' is not a positive whole number");
    }

    public int pixelCount() {
        return width * height;
    }

    public boolean isStrip() {
        return height == 1;
    }

    /** The physical chain index of logical (x, y). */
    public int physicalIndex(int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new IndexOutOfBoundsException("(" + x + "," + y + ") is outside " + width + "x" + height);
        }
        int px = flipX ? width - 1 - x : x;
        int py = flipY ? height - 1 - y : y;
        // After transposing, each column is one run of the chain.
        int run = transpose ? px : py;
        int along = transpose ? py : px;
        int runLength = transpose ? height : width;
        boolean reversed = wiring == Wiring.SERPENTINE && (run & 1) == 1;
        return run * runLength + (reversed ? runLength - 1 - along : along);
    }

    /** For each logical pixel in row-major order, its physical chain index; a permutation. */
    public int[] physicalIndexTable() {
        int[] table = new int[pixelCount()];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                table[y * width + x] = physicalIndex(x, y);
            }
        }
        return table;
    }

    public LayoutInfo info() {
        return new LayoutInfo(pixelCount(), width, height, wiring);
    }

    /** The textual form, which {@link #parse} reads back. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(isStrip() ? "strip:" + width : "grid:" + width + "x" + height);
        if (!isStrip() || wiring == Wiring.PROGRESSIVE) {
            text.append(',').append(wiring.wireName());
        }
        if (flipX) {
            text.append(",flip-x");
        }
        if (flipY) {
            text.append(",flip-y");
        }
        if (transpose) {
            text.append(",transpose");
        }
        return text.toString();
    }
}
