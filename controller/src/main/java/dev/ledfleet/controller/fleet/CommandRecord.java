package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.SetCommand;

/**
 * One command's life so far. {@code field} and {@code reason} explain a rejection or time-out;
 * {@code state} is the reported state that confirmed an applied command.
 */
public record CommandRecord(
        String id,
        DeviceId device,
        CommandStatus status,
        long sentAt,
        Long settledAt,
        String field,
        String reason,
        SetCommand patch,
        CommandSource source,
        DeviceState state) {

    CommandRecord settle(CommandStatus newStatus, long at, String newField, String newReason, DeviceState newState) {
        return new CommandRecord(id, device, newStatus, sentAt, at, newField, newReason, patch, source, newState);
    }

    /** Milliseconds from sending to settling, or -1 while pending. */
    public long latencyMs() {
        return settledAt == null ? -1 : settledAt - sentAt;
    }
}
