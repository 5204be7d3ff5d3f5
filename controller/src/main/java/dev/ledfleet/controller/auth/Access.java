package dev.ledfleet.controller.auth;

import java.nio.file.Path;

/**
 * Everything the HTTP layer needs to let people in: where the users file is (read again at each
 * login, so {@code add-user} works without a restart), sessions, the login throttle, the tokens, and
 * the https origin a reverse proxy serves the controller at (null when it is reached directly).
 */
public record Access(Path dataDir, Sessions sessions, LoginThrottle throttle, ApiTokens tokens, String publicOrigin) {

    public boolean behindHttps() {
        return publicOrigin != null && publicOrigin.startsWith("https://");
    }
}
