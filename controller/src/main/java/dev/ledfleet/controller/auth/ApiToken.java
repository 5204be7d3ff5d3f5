package dev.ledfleet.controller.auth;

import java.time.Instant;

/**
 * A bearer token as stored: only the SHA-256 of the secret is kept.
 * {@code {"id":"3f9a1c0d5e7b2a64","name":"home-assistant","user":"alice","created":"2026-12-04T21:00:00Z","sha256":"9b1f..."}}
 */
public record ApiToken(String id, String name, String user, Instant created, String sha256) {
}
