package dev.ledfleet.agent.effect;

/**
 * One running animation. It is created when the effect starts, which is where it allocates every
 * buffer it needs, and is then asked for frames. Deterministic: the same setup and time always give
 * the same frame; time is passed in, never read from a clock.
 */
public interface Effect {

    /** Draws the frame at {@code timeMs} after the effect's start into {@code canvas}. Allocates nothing. */
    void render(long timeMs, Canvas canvas);

    /**
     * How many complete cycles the effect has finished by {@code timeMs} (a comet crossing, a text
     * scrolled through); playlists that advance on cycle completion watch this. Effects without a
     * natural cycle return 0.
     */
    default long cyclesCompleted(long timeMs) {
        return 0;
    }
}
