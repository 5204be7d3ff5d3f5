package dev.ledfleet.controller.fleet;

import java.util.concurrent.CompletableFuture;

/** A command just sent, and the future of its final record (completed on the fleet's thread). */
public record CommandTicket(CommandRecord sent, CompletableFuture<CommandRecord> settled) {
}
