package dev.ledfleet.controller.fleet;

import java.util.concurrent.CompletableFuture;

/** Where configuration goes to survive; the future completes once the snapshot is durable. */
@FunctionalInterface
public interface SetupSink {

    CompletableFuture<Void> save(SetupSnapshot snapshot);
}
