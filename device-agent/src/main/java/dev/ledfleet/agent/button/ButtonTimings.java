package dev.ledfleet.agent.button;

/**
 * How long things take for the {@link GestureRecogniser}, in milliseconds: a level must stay stable
 * for {@code debounceMs} to count; a second press within {@code doubleMs} of the first release makes
 * a {@code double}; a press held {@code longMs} makes a {@code long}, then a {@code hold} every
 * {@code holdRepeatMs}.
 */
public record ButtonTimings(int debounceMs, int doubleMs, int longMs, int holdRepeatMs) {

    public static final ButtonTimings DEFAULT = new ButtonTimings(20, 350, 600, 400);

    public ButtonTimings {
        if (debounceMs < 0 || doubleMs < 0 || longMs <= debounceMs || holdRepeatMs <= 0) {
            throw new IllegalArgumentException("button timings need debounce >= 0, double >= 0, long > debounce and"
                    + " hold repeat > 0, got " + this);
        }
    }
}
