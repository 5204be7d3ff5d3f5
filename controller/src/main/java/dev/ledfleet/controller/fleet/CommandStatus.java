package dev.ledfleet.controller.fleet;

import java.util.Locale;

/** Where a command is in its life; every status but {@code PENDING} is final. */
public enum CommandStatus {
    PENDING,
    /** The device's reported state carries the command's id. */
    APPLIED,
    /** The device published an error naming the command. */
    REJECTED,
    /** Nothing came back in time. */
    TIMED_OUT,
    /** A later command to the same device was applied first; agents merge queued commands. */
    SUPERSEDED;

    public String wireText() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean settled() {
        return this != PENDING;
    }
}
