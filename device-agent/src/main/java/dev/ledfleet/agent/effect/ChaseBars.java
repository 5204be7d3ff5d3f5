package dev.ledfleet.agent.effect;

/**
 * Where the bars of a chase are: bars of {@code size} pixels then {@code spacing} dark pixels, repeated
 * from pixel 0, moving one pixel per step (towards the end, or the start when reversed). Bars are
 * numbered so that each keeps its number, and so its colour, as it travels.
 */
final class ChaseBars {

    /** What {@link #bar} returns for a pixel in a gap. */
    static final long GAP = Long.MIN_VALUE;

    private final int size;
    private final int repeat;
    private final int direction;

    ChaseBars(EffectParams params) {
        this.size = params.integer("size");
        this.repeat = size + params.integer("spacing");
        this.direction = params.bool("reverse") ? -1 : 1;
    }

    /**
     * The number of the bar covering {@code pixel} at {@code step}, or {@link #GAP}. At step 0 the bar
     * starting at pixel 0 is bar 0 and the bars after it are 1, 2, ...
     */
    long bar(int pixel, long step) {
        long u = pixel - direction * step;
        return Math.floorMod(u, repeat) < size ? Math.floorDiv(u, repeat) : GAP;
    }

    /** The library completes a chase cycle every strip length of steps. */
    static long cycles(long step, int pixels) {
        return step / pixels;
    }
}
