package dev.ledfleet.controller.rules;

/** What a rule may refer to: the devices the fleet has seen and the configured groups, scenes and presets. */
public interface KnownNames {

    boolean hasDevice(String id);

    boolean hasGroup(String name);

    boolean hasScene(String name);

    boolean hasPreset(String name);
}
