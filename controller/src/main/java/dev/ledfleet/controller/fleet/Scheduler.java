package dev.ledfleet.controller.fleet;

/** Runs a task later on the fleet's own thread; a Vert.x timer in production, a manual clock in tests. */
public interface Scheduler {

    Cancellable schedule(long delayMs, Runnable task);

    /** A scheduled task that may still be called off. */
    interface Cancellable {
        void cancel();
    }
}
