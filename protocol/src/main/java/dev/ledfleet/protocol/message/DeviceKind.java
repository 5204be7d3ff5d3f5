package dev.ledfleet.protocol.message;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The physical form of a device: a {@code "lamp"}, a {@code "grid"} panel or a bare {@code "strip"}. */
public enum DeviceKind {
    LAMP("lamp"),
    GRID("grid"),
    STRIP("strip");

    private final String wireName;

    DeviceKind(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<DeviceKind> fromWire(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }
}
