package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.message.SetCommand;
import java.util.List;

/** A state for each of several devices or groups, applied at once with one shared start time. */
public record Scene(String name, List<Target> targets) {

    public Scene {
        targets = List.copyOf(targets);
    }

    /** One device or one group, given either an explicit state or a preset's name. */
    public record Target(String device, String group, SetCommand state, String preset) {
    }
}
