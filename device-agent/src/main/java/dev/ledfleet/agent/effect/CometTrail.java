package dev.ledfleet.agent.effect;

/**
 * The path of the library's comets. A pass starts with the head just before pixel 0 and ends when the
 * tail has left the far end, so it lasts {@code pixels + tail + 1} steps; reversed comets run the
 * mirror image. With bounce, every other pass runs back the other way. In ring mode the comet goes
 * round and round, one lap per {@code pixels} steps. The comet's colours are given tail end first,
 * head last.
 */
final class CometTrail {

    private final int pixels;
    private final int tail;
    private final boolean reverse;
    private final boolean bounce;
    private final boolean ring;
    private final long period;

    CometTrail(int pixels, int tail, boolean reverse, boolean bounce, boolean ring) {
        this.pixels = pixels;
        this.tail = tail;
        this.reverse = reverse;
        this.ring = ring;
        // The library refuses bounce with ring; a device should keep animating, so ring wins.
        this.bounce = bounce && !ring;
        this.period = ring ? pixels : (long) pixels + tail + 1;
    }

    /** The library's default tail: a quarter of the strip, at least one pixel. */
    static int tailLength(int requested, int pixels) {
        return requested > 0 ? requested : Math.max(1, pixels / 4);
    }

    /** Passes (or laps) finished by {@code step}. */
    long cycles(long step) {
        return step / period;
    }

    boolean inFirstPass(long step) {
        return step < period;
    }

    /**
     * Draws the comet at {@code step}: {@code colors[0..tail-1]} from tail end to head, {@code ahead} on
     * pixels the head has not reached in this pass and {@code behind} on pixels the tail has left.
     */
    void draw(long step, Canvas canvas, int[] colors, int ahead, int behind) {
        boolean forward = reverse == (bounce && (step / period) % 2 == 1);
        long head = ring ? Math.floorMod(step - 1, (long) pixels) : step % period - 1;
        for (int x = 0; x < pixels; x++) {
            long behindHead = ring ? Math.floorMod(head - x, (long) pixels) : head - x;
            int rgb;
            if (behindHead < 0) {
                rgb = ahead;
            } else if (behindHead < tail) {
                rgb = colors[tail - 1 - (int) behindHead];
            } else {
                rgb = behind;
            }
            canvas.set(forward ? x : pixels - 1 - x, rgb);
        }
    }
}
