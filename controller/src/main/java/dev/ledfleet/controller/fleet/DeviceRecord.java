package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.DeviceInfo;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.FrameCodec;

/** The fleet's mutable knowledge of one device; never leaves the fleet's thread. */
final class DeviceRecord {

    final DeviceId id;
    Connectivity connectivity = Connectivity.UNKNOWN;
    Long lastSeen;
    DeviceInfo info;
    DeviceState reported;
    DeviceState desired;
    /** Set when the device came back; cleared once its state was compared with the desired one. */
    boolean resyncDue;
    long onlineSince;
    boolean favouritesSent;
    long droppedFrames;
    FrameCodec.Frame lastFrame;
    long lastFrameAt;

    DeviceRecord(DeviceId id) {
        this.id = id;
    }
}
