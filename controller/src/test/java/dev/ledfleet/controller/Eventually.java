package dev.ledfleet.controller;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something that happens over the network; fails with the last observed value. */
final class Eventually {

    private Eventually() {
    }

    static <T> T until(Supplier<T> probe, java.util.function.Predicate<T> done, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = probe.get();
        }
        return last;
    }
}
