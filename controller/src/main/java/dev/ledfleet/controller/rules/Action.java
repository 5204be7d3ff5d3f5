package dev.ledfleet.controller.rules;

import dev.ledfleet.protocol.message.SetCommand;

/** What a rule does when it fires. */
public sealed interface Action {

    /** Sends a set patch to one device or to every member of a group (exactly one of the two). */
    record SetState(String device, String group, SetCommand patch) implements Action {
    }

    record ApplyScene(String scene) implements Action {
    }

    /** Applies a preset to one device or to a group (exactly one of the two). */
    record ApplyPreset(String preset, String device, String group) implements Action {
    }

    /** Publishes a message, for other automation to pick up. */
    record Publish(String topic, String payload, boolean retained) implements Action {
    }
}
