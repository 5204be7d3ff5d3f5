package dev.ledfleet.protocol.message;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * How the rows of a grid are chained: {@code "serpentine"} (zig-zag, row 1 runs right to left) or
 * {@code "progressive"} (every row left to right).
 */
public enum Wiring {
    SERPENTINE("serpentine"),
    PROGRESSIVE("progressive");

    private final String wireName;

    Wiring(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<Wiring> fromWire(String name) {
        return Arrays.stream(values()).filter(w -> w.wireName.equals(name)).findFirst();
    }
}
