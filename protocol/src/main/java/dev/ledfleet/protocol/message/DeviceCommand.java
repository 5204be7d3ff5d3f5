package dev.ledfleet.protocol.message;

/** Everything published to a device; a {@code switch} over it covers every topic an agent obeys. */
public sealed interface DeviceCommand permits SetCommand, FrameRequest, FavouriteList, SimulatedButton {
}
