package dev.ledfleet.controller.button;

import dev.ledfleet.protocol.message.SetCommand;

/** What a button gesture comes to once resolved against the devices' current state. */
public sealed interface ButtonCommand {

    /** A patch for one device, or for every member of a group (exactly one is set). */
    record Patch(String device, String group, SetCommand patch) implements ButtonCommand {
    }

    record Scene(String name) implements ButtonCommand {
    }

    record Preset(String name, String device, String group) implements ButtonCommand {
    }

    /** Nothing to do, and why (no favourites yet, the gesture is mapped to nothing). */
    record None(String reason) implements ButtonCommand {
    }
}
