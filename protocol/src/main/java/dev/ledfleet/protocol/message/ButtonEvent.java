package dev.ledfleet.protocol.message;

/**
 * A gesture on a device's button, published on {@code <base>/<id>/event/button}:
 * {@code {"v":1,"button":1,"gesture":"click","seq":42,"ts":1764876000123}}. {@code seq} rises by one
 * per event from the agent's start, so a listener can spot gaps; {@code ts} is the device clock in
 * epoch milliseconds.
 */
public record ButtonEvent(int button, ButtonGesture gesture, long seq, long ts) implements DeviceReport {
}
