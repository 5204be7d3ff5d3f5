package dev.ledfleet.protocol.effect;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of effect parameter; the UI picks its control from this and validation its rules. */
public enum ParamType {
    /** Whole number between min and max. */
    INT("int"),
    /** Decimal number between min and max. */
    NUMBER("number"),
    BOOL("bool"),
    /** {@code "#rrggbb"}. */
    COLOR("color"),
    /** A list of {@code "#rrggbb"}, between min and max entries long. */
    COLORS("colors"),
    /** One of the spec's options. */
    CHOICE("choice"),
    /** Free text, at most max characters. */
    TEXT("text"),
    /** Base64 of a PNG or GIF, at most max bytes once decoded. */
    IMAGE("image");

    private final String wireName;

    ParamType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
