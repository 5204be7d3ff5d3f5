package dev.ledfleet.controller.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing. Each key (a client address, a user name) may fail
 * {@value #FREE_FAILURES} times; every further failure locks it for twice as long as the one before,
 * from 30 s up to 15 min. A key forgets its failures an hour after the last one; a success clears it.
 * Called on the HTTP verticle's context.
 */
public final class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofHours(1);
    /** Bounds memory when someone sprays made-up user names; the oldest keys go first. */
    static final int MAX_KEYS = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> byKey = new LinkedHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long until any of the keys may try again; empty when all of them may try now. */
    public Optional<Duration> wait(String... keys) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys) {
            Failures failures = current(key, now);
            if (failures != null && failures.count() >= FREE_FAILURES) {
                Duration left = Duration.between(now, failures.last().plus(lock(failures.count())));
                if (left.compareTo(longest) > 0) {
                    longest = left;
                }
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String... keys) {
        Instant now = clock.instant();
        for (String key : keys) {
            Failures failures = current(key, now);
            byKey.remove(key);
            byKey.put(key, new Failures(failures == null ? 1 : failures.count() + 1, now));
        }
        while (byKey.size() > MAX_KEYS) {
            Iterator<String> oldest = byKey.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    public void succeeded(String key) {
        byKey.remove(key);
    }

    /** Takes back one failure counted before a check that then succeeded. */
    public void forgive(String key) {
        Failures failures = byKey.get(key);
        if (failures != null) {
            if (failures.count() <= 1) {
                byKey.remove(key);
            } else {
                byKey.put(key, new Failures(failures.count() - 1, failures.last()));
            }
        }
    }

    /** The lock after {@code count} failures: 30 s after the 5th, 60 s after the 6th, ... */
    static Duration lock(int count) {
        if (count < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - FREE_FAILURES, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private Failures current(String key, Instant now) {
        Failures failures = byKey.get(key);
        if (failures != null && !now.isBefore(failures.last().plus(MEMORY))) {
            byKey.remove(key);
            return null;
        }
        return failures;
    }
}
