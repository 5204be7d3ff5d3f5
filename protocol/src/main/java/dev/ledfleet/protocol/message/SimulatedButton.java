package dev.ledfleet.protocol.message;

/**
 * Presses the button of a simulated device (virtual output only), on {@code <base>/<id>/sim/button}:
 * {@code {"v":1,"button":1,"action":"click"}}. {@code press} and {@code release} drive the gesture
 * recogniser edge by edge; {@code click}, {@code double} and {@code long} are played as the timed
 * press/release sequence a finger would make.
 */
public record SimulatedButton(int button, Action action) implements DeviceCommand {

    /** The wire names are the lower-case constant names. */
    public enum Action {
        PRESS, RELEASE, CLICK, DOUBLE, LONG;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
