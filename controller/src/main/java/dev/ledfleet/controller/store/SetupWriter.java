package dev.ledfleet.controller.store;

import dev.ledfleet.controller.fleet.SetupSink;
import dev.ledfleet.controller.fleet.SetupSnapshot;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Saves snapshots on a worker thread, one write at a time: snapshots that arrive during a write are
 * coalesced into the next one, and every caller's future completes once a write that includes its
 * change is on disk. Called on the fleet's context only.
 */
public final class SetupWriter implements SetupSink {

    private static final System.Logger LOG = System.getLogger(SetupWriter.class.getName());

    private final Vertx vertx;
    private final SetupFile file;
    private SetupSnapshot latest;
    private List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private boolean writing;

    public SetupWriter(Vertx vertx, SetupFile file) {
        this.vertx = vertx;
        this.file = file;
    }

    @Override
    public CompletableFuture<Void> save(SetupSnapshot snapshot) {
        CompletableFuture<Void> saved = new CompletableFuture<>();
        latest = snapshot;
        waiting.add(saved);
        if (!writing) {
            writeNext();
        }
        return saved;
    }

    private void writeNext() {
        writing = true;
        SetupSnapshot snapshot = latest;
        List<CompletableFuture<Void>> batch = waiting;
        waiting = new ArrayList<>();
        vertx.<Void>executeBlocking(() -> {
            file.save(snapshot);
            return null;
        }, false).onComplete(result -> {
            if (result.failed()) {
                LOG.log(System.Logger.Level.ERROR, "cannot save configuration to " + file.path(), result.cause());
            }
            batch.forEach(f -> {
                if (result.succeeded()) {
                    f.complete(null);
                } else {
                    f.completeExceptionally(result.cause());
                }
            });
            if (waiting.isEmpty()) {
                writing = false;
            } else {
                writeNext();
            }
        });
    }
}
