package dev.ledfleet.controller.runtime;

import dev.ledfleet.controller.fleet.Scheduler;
import io.vertx.core.Vertx;

/** Vert.x timers; set from the fleet's context, they fire on it. */
final class VertxScheduler implements Scheduler {

    private final Vertx vertx;

    VertxScheduler(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public Cancellable schedule(long delayMs, Runnable task) {
        long timer = vertx.setTimer(Math.max(1, delayMs), id -> task.run());
        return () -> vertx.cancelTimer(timer);
    }
}
