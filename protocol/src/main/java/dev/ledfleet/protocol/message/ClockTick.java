package dev.ledfleet.protocol.message;

/**
 * The controller's wall clock, broadcast on {@code <base>/$clock} every few seconds:
 * {@code {"v":1,"now":1764876000000}}. Agents keep the largest {@code now - localReceiveTime} seen
 * recently as their offset, which converges on the true offset minus the smallest network delay.
 */
public record ClockTick(long now) {
}
