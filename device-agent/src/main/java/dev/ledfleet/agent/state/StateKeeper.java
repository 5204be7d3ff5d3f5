package dev.ledfleet.agent.state;

import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.FavouriteList;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes state changes to the {@link StateStore} on its own thread, so the frame loop only hands
 * over a reference. Changes that arrive while a write is running collapse into one: a flood of
 * commands causes a handful of writes, the last one with the latest state.
 */
public final class StateKeeper implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(StateKeeper.class.getName());

    private final StateStore store;
    private final ExecutorService writer;
    private final AtomicReference<DeviceState> pending = new AtomicReference<>();
    private DeviceState written;

    public StateKeeper(StateStore store, DeviceState alreadyOnDisk) {
        this.store = store;
        this.written = alreadyOnDisk == null ? null : StateStore.withoutStats(alreadyOnDisk);
        this.writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "state-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Remembers {@code state}; returns at once, safe to call from the frame thread. */
    public void stateChanged(DeviceState state) {
        if (pending.getAndSet(StateStore.withoutStats(state)) == null) {
            submit(this::writeState);
        }
    }

    public void favouritesChanged(FavouriteList favourites) {
        submit(() -> {
            try {
                store.saveFavourites(favourites);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot save favourites: {0}", e.getMessage());
            }
        });
    }

    private void writeState() {
        DeviceState state = pending.getAndSet(null);
        if (state == null || Objects.equals(state, written)) {
            return;
        }
        try {
            store.saveState(state);
            written = state;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot save state: {0}", e.getMessage());
        }
    }

    private void submit(Runnable task) {
        try {
            writer.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "state keeper closed; change not saved");
        }
    }

    /** Finishes the writes already handed over, then stops. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
