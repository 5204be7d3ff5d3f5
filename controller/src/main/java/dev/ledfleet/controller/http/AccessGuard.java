package dev.ledfleet.controller.http;

import dev.ledfleet.controller.auth.Access;
import dev.ledfleet.controller.auth.ApiToken;
import dev.ledfleet.controller.auth.CsrfRule;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Lets a request through to the API only with a valid bearer token, or with a live session cookie
 * and (for state changes) the CSRF header. Everything else ends as 401 or 403 with {@code {"error"}}.
 */
final class AccessGuard {

    static final String SESSION_COOKIE = "ledfleet_session";
    static final String USER = "ledfleet.user";
    static final String VIA_SESSION = "ledfleet.session";

    private final Access access;

    AccessGuard(Access access) {
        this.access = access;
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            bearer(ctx, authorization);
            return;
        }
        Cookie cookie = request.getCookie(SESSION_COOKIE);
        if (cookie == null) {
            unauthorized(ctx, "login required: POST /api/login, or send Authorization: Bearer <token>");
            return;
        }
        Optional<String> user = access.sessions().use(cookie.getValue());
        if (user.isEmpty()) {
            unauthorized(ctx, "the session has expired or was closed; log in again");
            return;
        }
        Optional<String> refusal = CsrfRule.refusal(request.method().name(), request.getHeader(CsrfRule.HEADER),
                request.getHeader("Origin"), allowedOrigins(request));
        if (refusal.isPresent()) {
            ctx.fail(new ApiException(403, null, refusal.get(), null));
            return;
        }
        ctx.put(USER, user.get());
        ctx.put(VIA_SESSION, cookie.getValue());
        ctx.next();
    }

    private void bearer(RoutingContext ctx, String authorization) {
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            unauthorized(ctx, "the Authorization header must be 'Bearer <token>'");
            return;
        }
        Optional<ApiToken> token = access.tokens().find(authorization.substring(7).trim());
        if (token.isEmpty()) {
            unauthorized(ctx, "the bearer token is not valid: mistyped or revoked");
            return;
        }
        ctx.put(USER, token.get().user());
        ctx.next();
    }

    /** The origins a page of this controller has: the one the browser used to reach it, and the configured one. */
    Set<String> allowedOrigins(HttpServerRequest request) {
        Set<String> origins = new HashSet<>();
        String host = request.getHeader("Host");
        if (host != null) {
            origins.add((request.isSSL() ? "https://" : "http://") + host);
        }
        if (access.publicOrigin() != null) {
            origins.add(access.publicOrigin());
        }
        return origins;
    }

    static void unauthorized(RoutingContext ctx, String message) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"ledfleet\"");
        ctx.fail(new ApiException(401, null, message, null));
    }
}
