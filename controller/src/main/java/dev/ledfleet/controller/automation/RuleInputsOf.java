package dev.ledfleet.controller.automation;

import dev.ledfleet.controller.fleet.Fleet;
import dev.ledfleet.controller.rules.RuleInputs;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.DeviceState;
import java.util.Optional;

/** What rules read: the fleet's reported states and JSON fields of MQTT payloads. */
record RuleInputsOf(Fleet fleet, JsonBridge json) implements RuleInputs {

    @Override
    public DeviceState reported(String device) {
        return DeviceId.isValid(device) && fleet.isKnown(DeviceId.of(device)) ? fleet.device(DeviceId.of(device)).reported() : null;
    }

    @Override
    public Optional<String> field(byte[] payload, String dotPath) {
        return json.field(payload, dotPath);
    }
}
