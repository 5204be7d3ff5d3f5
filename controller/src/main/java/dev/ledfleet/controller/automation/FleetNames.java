package dev.ledfleet.controller.automation;

import dev.ledfleet.controller.fleet.Fleet;
import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.controller.rules.KnownNames;
import dev.ledfleet.protocol.DeviceId;
import java.util.function.Consumer;

/** The names rules and button mappings may use: devices the fleet has seen and its configured groups, scenes and presets. */
record FleetNames(Fleet fleet) implements KnownNames {

    @Override
    public boolean hasDevice(String id) {
        return DeviceId.isValid(id) && fleet.isKnown(DeviceId.of(id));
    }

    @Override
    public boolean hasGroup(String name) {
        return exists(f -> f.setup().group(name));
    }

    @Override
    public boolean hasScene(String name) {
        return exists(f -> f.setup().scene(name));
    }

    @Override
    public boolean hasPreset(String name) {
        return exists(f -> f.setup().preset(name));
    }

    private boolean exists(Consumer<Fleet> lookup) {
        try {
            lookup.accept(fleet);
            return true;
        } catch (FleetException e) {
            return false;
        }
    }
}
