package dev.ledfleet.controller.rules;

import dev.ledfleet.protocol.message.DeviceState;
import java.util.Optional;

/** What the engine reads from the world: device states for conditions, JSON fields of MQTT payloads. */
public interface RuleInputs {

    /** The state a device reports, or null when unknown. */
    DeviceState reported(String device);

    /** The JSON value at {@code dotPath} of {@code payload} as text, empty when absent or not JSON. */
    Optional<String> field(byte[] payload, String dotPath);
}
