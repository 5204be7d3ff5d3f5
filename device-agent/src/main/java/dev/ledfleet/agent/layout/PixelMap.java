package dev.ledfleet.agent.layout;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a 1-D effect runs across a grid: the grid is cut into units (pixels, rows, rings...) and each
 * unit acts as one pixel of the effect's line. 2-D effects ignore the map.
 */
public enum PixelMap {
    /**
     * Every pixel is a unit, in a zig-zag through the logical grid (row 0 left to right, row 1 right
     * to left, ...), so a comet snakes across without jumping; on a strip, simply left to right.
     */
    PIXELS("pixels"),
    /** Each row is a unit, top row first. */
    ROWS("rows"),
    /** Each column is a unit, left column first. */
    COLUMNS("columns"),
    /** Concentric rectangles, the innermost first, so effects ripple out from the centre. */
    RINGS("rings"),
    /** Diagonals running bottom-left to top-right, starting at the top-left corner. */
    DIAGONALS("diagonals");

    private final String wireName;

    PixelMap(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static PixelMap parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.wireName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown pixel map '" + name + "'; maps are "
                        + Arrays.stream(values()).map(PixelMap::wireName).toList()));
    }

    /** The number of units this map cuts {@code layout} into. */
    public int unitCount(Layout layout) {
        int w = layout.width();
        int h = layout.height();
        return switch (this) {
            case PIXELS -> w * h;
            case ROWS -> h;
            case COLUMNS -> w;
            case RINGS -> (Math.min(w, h) + 1) / 2;
            case DIAGONALS -> w + h - 1;
        };
    }

    /** The unit that logical pixel (x, y) belongs to. */
    public int unitOf(Layout layout, int x, int y) {
        int w = layout.width();
        int h = layout.height();
        return switch (this) {
            case PIXELS -> y * w + ((y & 1) == 1 ? w - 1 - x : x);
            case ROWS -> y;
            case COLUMNS -> x;
            case RINGS -> unitCount(layout) - 1 - Math.min(Math.min(x, y), Math.min(w - 1 - x, h - 1 - y));
            case DIAGONALS -> x + y;
        };
    }

    @Override
    public String toString() {
        return wireName;
    }
}
