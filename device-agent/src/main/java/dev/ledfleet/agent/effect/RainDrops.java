package dev.ledfleet.agent.effect;

/**
 * The library's grid rain: drops of {@code length} pixels start just above the top of a random column
 * and fall one row per step until they have left the bottom, {@code height + length} steps later. A new
 * drop starts at any step where fewer than {@code count} are falling, so drops start at the steps whose
 * position in each {@code height + length} cycle is below {@code count}. On a strip (height 1) each
 * drop shows as one pixel passing through its segments.
 */
final class RainDrops {

    /** The colour of one segment of one drop; segment 0 is the top, {@code length - 1} the bottom. */
    interface Palette {
        int segmentColor(long drop, int segment);
    }

    private final int width;
    private final int height;
    private final int length;
    private final int life;
    private final int count;
    private final long seed;

    RainDrops(EffectSetup setup) {
        this.width = setup.width();
        this.height = setup.height();
        this.length = setup.params().integer("length");
        this.life = height + length;
        this.count = Math.min(setup.params().integer("count"), life);
        this.seed = setup.seed();
    }

    int length() {
        return length;
    }

    /** Whether a drop starts at {@code step}; drops are named by the step they start at. */
    boolean starts(long step) {
        return step >= 0 && step % life < count;
    }

    int column(long drop) {
        return StepRandom.below(seed, drop, 0, width);
    }

    /** A random number from 0 to {@code bound - 1} belonging to {@code drop}, one per {@code slot}, for palettes. */
    int random(long drop, int slot, int bound) {
        return StepRandom.below(seed, drop, slot + 1L, bound);
    }

    void draw(long step, Canvas canvas, int background, Palette palette) {
        canvas.fill(background);
        for (long drop = Math.max(0, step - life + 1); drop <= step; drop++) {
            if (!starts(drop)) {
                continue;
            }
            int x = column(drop);
            int top = (int) (step - drop) - length;
            for (int segment = 0; segment < length; segment++) {
                canvas.set(x, top + segment, palette.segmentColor(drop, segment));
            }
        }
    }
}
