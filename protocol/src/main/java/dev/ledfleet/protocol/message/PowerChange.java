package dev.ledfleet.protocol.message;

import com.fasterxml.jackson.annotation.JsonValue;

/** The {@code power} of a set command: {@code true}, {@code false} or {@code "toggle"}. */
public enum PowerChange {
    ON(Boolean.TRUE),
    OFF(Boolean.FALSE),
    TOGGLE("toggle");

    private final Object wireValue;

    PowerChange(Object wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    public Object wireValue() {
        return wireValue;
    }

    /** The power after this change is applied to a device whose power is {@code current}. */
    public boolean applyTo(boolean current) {
        return switch (this) {
            case ON -> true;
            case OFF -> false;
            case TOGGLE -> !current;
        };
    }

    public static PowerChange of(boolean on) {
        return on ? ON : OFF;
    }
}
