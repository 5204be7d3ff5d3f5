package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.DeviceInfo;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import java.util.List;
import java.util.Map;

/** An immutable picture of one device: what it is, what it shows, what was asked of it. */
public record Device(
        DeviceId id,
        String name,
        String room,
        List<String> groups,
        Connectivity connectivity,
        Long lastSeen,
        DeviceInfo info,
        DeviceState reported,
        DeviceState desired,
        CommandRecord pending,
        CommandRecord lastFailure,
        List<EffectChoice> favourites,
        boolean favouritesPinned,
        Map<String, Integer> usage) {
}
