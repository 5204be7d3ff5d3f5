package dev.ledfleet.controller.runtime;

import dev.ledfleet.controller.fleet.Fleet;
import dev.ledfleet.controller.fleet.FleetEvent;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The only way into the fleet from other verticles and threads: every call runs on the fleet's own
 * context, so the plain-Java domain never sees two threads.
 */
public final class FleetGate {

    private final Context context;
    private final Fleet fleet;

    FleetGate(Context context, Fleet fleet) {
        this.context = context;
        this.fleet = fleet;
    }

    /** Runs {@code action} on the fleet's context; its exceptions fail the future. */
    public <T> Future<T> call(Function<Fleet, T> action) {
        Promise<T> promise = Promise.promise();
        context.runOnContext(ignored -> {
            try {
                promise.complete(action.apply(fleet));
            } catch (RuntimeException e) {
                promise.fail(e);
            }
        });
        return promise.future();
    }

    /** Like {@link #call} for actions that finish later, such as a command awaiting its device. */
    public <T> Future<T> callAsync(Function<Fleet, CompletableFuture<T>> action) {
        Promise<T> promise = Promise.promise();
        context.runOnContext(ignored -> {
            try {
                action.apply(fleet).whenComplete((value, failure) -> {
                    if (failure != null) {
                        promise.fail(failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                                ? c.getCause() : failure);
                    } else {
                        promise.complete(value);
                    }
                });
            } catch (RuntimeException e) {
                promise.fail(e);
            }
        });
        return promise.future();
    }

    /** Fire and forget, for reports arriving from MQTT. */
    public void run(Consumer<Fleet> action) {
        context.runOnContext(ignored -> action.accept(fleet));
    }

    /** Registers a listener; events arrive on the fleet's context, so listeners hop to their own. */
    public void listen(Consumer<FleetEvent> listener) {
        context.runOnContext(ignored -> fleet.addListener(listener));
    }
}
