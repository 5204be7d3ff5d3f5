package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.message.SetCommand;

/** A named device state, e.g. {@code cosy = warm white sparkle at brightness 60}. */
public record Preset(String name, SetCommand state) {
}
