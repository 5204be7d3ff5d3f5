package dev.ledfleet.protocol.message;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What a person did with a button, as named on the wire: {@code "click"}, {@code "double"}... */
public enum ButtonGesture {
    CLICK("click"),
    DOUBLE("double"),
    LONG("long"),
    HOLD("hold"),
    RELEASE("release");

    private final String wireName;

    ButtonGesture(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<ButtonGesture> fromWire(String name) {
        return Arrays.stream(values()).filter(g -> g.wireName.equals(name)).findFirst();
    }
}
