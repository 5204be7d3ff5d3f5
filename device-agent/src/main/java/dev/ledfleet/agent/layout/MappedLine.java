package dev.ledfleet.agent.layout;

/**
 * A {@link PixelMap} applied to one layout, ready for the frame path: spreads the colours of a 1-D
 * line of units over the logical grid without allocating.
 */
public final class MappedLine {

    private final PixelMap map;
    private final int units;
    private final int[] unitOfPixel;

    public MappedLine(Layout layout, PixelMap map) {
        this.map = map;
        this.units = map.unitCount(layout);
        this.unitOfPixel = new int[layout.pixelCount()];
        for (int y = 0; y < layout.height(); y++) {
            for (int x = 0; x < layout.width(); x++) {
                unitOfPixel[y * layout.width() + x] = map.unitOf(layout, x, y);
            }
        }
    }

    public PixelMap map() {
        return map;
    }

    /** The length of the line a 1-D effect draws on. */
    public int units() {
        return units;
    }

    public int unitOf(int logicalIndex) {
        return unitOfPixel[logicalIndex];
    }

    /** Writes into {@code logical} (row-major) the colour of each pixel's unit in {@code line}. */
    public void spread(int[] line, int[] logical) {
        for (int i = 0; i < unitOfPixel.length; i++) {
            logical[i] = line[unitOfPixel[i]];
        }
    }
}
