package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.ButtonEvent;
import dev.ledfleet.protocol.message.FrameCodec;

/** What the fleet tells its listeners (the event stream, metrics); delivered on the fleet's thread. */
public sealed interface FleetEvent {

    /** Anything about the device changed: connectivity, info, state, desired state, labels, pending command. */
    record DeviceChanged(Device device) implements FleetEvent {
    }

    record CommandChanged(CommandRecord command) implements FleetEvent {
    }

    record FrameArrived(DeviceId device, FrameCodec.Frame frame) implements FleetEvent {
    }

    record DeviceRemoved(DeviceId device) implements FleetEvent {
    }

    /** A gesture on a device's button; button mappings and rules act on these. */
    record ButtonPressed(DeviceId device, ButtonEvent event) implements FleetEvent {
    }
}
