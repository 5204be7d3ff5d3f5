package dev.ledfleet.agent.effect;

/**
 * Which pixels sparkle at each step: {@code count} distinct pixels drawn from the seed and the step
 * alone, so any step can be recomputed without replaying the ones before it. For sparkles that leave
 * something behind, {@link #history} looks back over recent steps to find when each pixel last
 * sparkled; stepping forward one step at a time updates that answer instead of looking back again.
 */
final class SparklePicks {

    /** In {@link #history}: the pixel has not sparkled since the effect started. */
    static final long NEVER = -1;
    /** In {@link #history}: the pixel has not sparkled within the look-back, but may have before it. */
    static final long LONG_AGO = -2;

    /** Look back far enough that a pixel is missed with odds of about e^-8. */
    private static final int LOOK_BACK_PER_PIXEL = 8;

    private final int pixels;
    private final int count;
    private final long seed;
    private final long window;
    private final int[] order;
    private final int[] swaps;
    private final int[] picked;
    private final long[] lastPicked;
    /** The step {@link #lastPicked} holds, so consecutive steps cost one step's picks, not a look-back. */
    private long historyStep = -1;

    SparklePicks(int pixels, int count, long seed) {
        this(pixels, count, seed, LOOK_BACK_PER_PIXEL);
    }

    /** With a shorter look-back, tests can make pixels fall out of it often. */
    SparklePicks(int pixels, int count, long seed, int lookBackPerPixel) {
        this.pixels = pixels;
        this.count = Math.max(1, Math.min(count, pixels));
        this.seed = seed;
        this.window = (long) lookBackPerPixel * pixels / this.count + 1;
        this.order = new int[pixels];
        for (int i = 0; i < pixels; i++) {
            order[i] = i;
        }
        this.swaps = new int[this.count];
        this.picked = new int[this.count];
        this.lastPicked = new long[pixels];
    }

    int count() {
        return count;
    }

    /**
     * The pixels sparkling at {@code step}, in the returned array's first {@link #count} slots. The
     * array is reused by the next call.
     */
    int[] pick(long step) {
        // A partial Fisher-Yates shuffle, undone afterwards so the next step starts from the same order.
        for (int i = 0; i < count; i++) {
            int j = i + StepRandom.below(seed, step, i, pixels - i);
            swaps[i] = j;
            int held = order[i];
            order[i] = order[j];
            order[j] = held;
            picked[i] = order[i];
        }
        for (int i = count - 1; i >= 0; i--) {
            int j = swaps[i];
            int held = order[i];
            order[i] = order[j];
            order[j] = held;
        }
        return picked;
    }

    /**
     * For each pixel, the last step at or before {@code step} at which it sparkled within the look-back,
     * or {@link #NEVER} / {@link #LONG_AGO}. The array is reused by the next call.
     */
    long[] history(long step) {
        if (step == historyStep) {
            return lastPicked;
        }
        if (historyStep >= 0 && step == historyStep + 1) {
            advance(step);
        } else {
            recompute(step);
        }
        historyStep = step;
        return lastPicked;
    }

    private long oldest(long step) {
        return Math.max(0, step - window);
    }

    private void recompute(long step) {
        long oldest = oldest(step);
        java.util.Arrays.fill(lastPicked, oldest == 0 ? NEVER : LONG_AGO);
        int missing = pixels;
        for (long k = step; k >= oldest && missing > 0; k--) {
            int[] at = pick(k);
            for (int i = 0; i < count; i++) {
                if (lastPicked[at[i]] < 0) {
                    lastPicked[at[i]] = k;
                    missing--;
                }
            }
        }
    }

    /** The same result as {@link #recompute}, from the previous step's history, at the cost of one step. */
    private void advance(long step) {
        long oldest = oldest(step);
        int[] at = pick(step);
        for (int i = 0; i < count; i++) {
            lastPicked[at[i]] = step;
        }
        if (oldest > 0) {
            for (int p = 0; p < pixels; p++) {
                if (lastPicked[p] < oldest && lastPicked[p] != LONG_AGO) {
                    lastPicked[p] = LONG_AGO;
                }
            }
        }
    }
}
