package dev.ledfleet.agent.button;

import dev.ledfleet.protocol.message.ButtonGesture;

/** A recognised gesture and the time, on the recogniser's clock, at which it became certain. */
public record Gesture(ButtonGesture kind, long timeMs) {
}
