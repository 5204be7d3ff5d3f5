package dev.ledfleet.controller.fleet;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A clock and scheduler that move only when a test says so. */
final class ManualTime extends Clock implements Scheduler {

    private long now = 1_764_876_000_000L;
    private final List<Task> tasks = new ArrayList<>();

    private final class Task implements Cancellable {
        final long due;
        final Runnable action;

        Task(long due, Runnable action) {
            this.due = due;
            this.action = action;
        }

        @Override
        public void cancel() {
            tasks.remove(this);
        }
    }

    @Override
    public Cancellable schedule(long delayMs, Runnable task) {
        Task scheduled = new Task(now + delayMs, task);
        tasks.add(scheduled);
        return scheduled;
    }

    /** Moves time on, running every task that falls due on the way, in order. */
    void advance(long millis) {
        long target = now + millis;
        while (true) {
            Task next = tasks.stream().filter(t -> t.due <= target).min(Comparator.comparingLong(t -> t.due)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = Math.max(now, next.due);
            next.action.run();
        }
        now = target;
    }

    @Override
    public long millis() {
        return now;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(now);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
