package dev.ledfleet.protocol.message;

/** Everything a device publishes about itself; a {@code switch} over it covers every device topic. */
public sealed interface DeviceReport permits DeviceStatus, DeviceInfo, DeviceState, ButtonEvent, CommandError {
}
