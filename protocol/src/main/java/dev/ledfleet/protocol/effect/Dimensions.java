package dev.ledfleet.protocol.effect;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether an effect draws along a line ({@code "1d"}; on a grid it runs through the pixel map) or
 * needs a grid ({@code "2d"}; on a strip it sees a grid one pixel high).
 */
public enum Dimensions {
    ONE_D("1d"),
    TWO_D("2d");

    private final String wireName;

    Dimensions(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
