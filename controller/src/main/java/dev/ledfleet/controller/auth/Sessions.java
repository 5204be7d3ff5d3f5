package dev.ledfleet.controller.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Browser sessions, kept in memory only (a restart logs everyone out). An id is 256 random bits;
 * a session ends when it has not been used for the idle time. Called on the HTTP verticle's context.
 */
public final class Sessions {

    public static final Duration DEFAULT_IDLE = Duration.ofHours(24);

    private record Session(String user, Instant lastUsed) {
    }

    private final Clock clock;
    private final Duration idle;
    private final SecureRandom random;
    private final Map<String, Session> byId = new HashMap<>();

    public Sessions(Clock clock, Duration idle, SecureRandom random) {
        this.clock = clock;
        this.idle = idle;
        this.random = random;
    }

    /** Starts a session for a user who has just proven who they are; returns its id for the cookie. */
    public String open(String user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byId.put(id, new Session(user, clock.instant()));
        return id;
    }

    /** The session's user, and the session kept alive; empty when unknown or idle too long. */
    public Optional<String> use(String id) {
        Session session = byId.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            byId.remove(id);
            return Optional.empty();
        }
        byId.put(id, new Session(session.user(), now));
        return Optional.of(session.user());
    }

    public void close(String id) {
        byId.remove(id);
    }

    /** Forgets idle sessions; run now and then so abandoned ones do not pile up. */
    public void sweep() {
        Instant now = clock.instant();
        for (Iterator<Session> it = byId.values().iterator(); it.hasNext(); ) {
            if (expired(it.next(), now)) {
                it.remove();
            }
        }
    }

    public int size() {
        return byId.size();
    }

    private boolean expired(Session session, Instant now) {
        return !now.isBefore(session.lastUsed().plus(idle));
    }
}
