package dev.ledfleet.controller.button;

import dev.ledfleet.protocol.message.ButtonGesture;
import java.util.HashMap;
import java.util.Map;

/**
 * The brightness ramp of a held button, per device and button, like a wall dimmer: every
 * {@code hold} repeat moves the brightness one step, turning back at the ends; each new hold (after
 * a release or any other gesture) starts in the direction opposite to the last one.
 */
final class HoldRamp {

    static final int MIN = 8;
    static final int MAX = 255;

    private final Map<String, Integer> directions = new HashMap<>();
    private final Map<String, ButtonGesture> lastGestures = new HashMap<>();

    /** Records every gesture of the button so a new hold can be told from a continuing one. */
    void observe(String key, ButtonGesture gesture) {
        ButtonGesture before = lastGestures.put(key, gesture);
        if (gesture == ButtonGesture.HOLD && before != ButtonGesture.HOLD && directions.containsKey(key)) {
            directions.put(key, -directions.get(key));
        }
    }

    /** The brightness after one more hold repeat from {@code brightness}. */
    int step(String key, int brightness, int step) {
        int direction = directions.computeIfAbsent(key, k -> 1);
        if ((brightness >= MAX && direction > 0) || (brightness <= MIN && direction < 0)) {
            direction = -direction;
            directions.put(key, direction);
        }
        return Math.max(MIN, Math.min(MAX, brightness + direction * step));
    }
}
