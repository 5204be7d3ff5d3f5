package dev.ledfleet.protocol.message;

/**
 * The LEDs of a device: {@code {"pixels":256,"width":16,"height":16,"wiring":"serpentine"}}. A strip
 * has height 1.
 */
public record LayoutInfo(int pixels, int width, int height, Wiring wiring) {
}
