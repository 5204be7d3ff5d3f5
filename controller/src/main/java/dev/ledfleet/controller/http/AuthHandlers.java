package dev.ledfleet.controller.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledfleet.controller.auth.Access;
import dev.ledfleet.controller.auth.ApiToken;
import dev.ledfleet.controller.auth.ApiTokens;
import dev.ledfleet.controller.auth.CsrfRule;
import dev.ledfleet.controller.auth.PasswordHash;
import dev.ledfleet.controller.auth.UserFile;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Optional;

/** Login, logout, who-am-I, and the bearer tokens of docs/api.md's "Authentication". */
final class AuthHandlers {

    private static final System.Logger LOG = System.getLogger(AuthHandlers.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Vertx vertx;
    private final Access access;
    private final AccessGuard guard;
    private final BodyReader bodies;

    AuthHandlers(Vertx vertx, Access access, AccessGuard guard, BodyReader bodies) {
        this.vertx = vertx;
        this.access = access;
        this.guard = guard;
        this.bodies = bodies;
    }

    void login(RoutingContext ctx) {
        var request = ctx.request();
        Optional<String> refusal = CsrfRule.refusal("POST", request.getHeader(CsrfRule.HEADER),
                request.getHeader("Origin"), guard.allowedOrigins(request));
        if (refusal.isPresent()) {
            throw new ApiException(403, null, refusal.get(), null);
        }
        JsonNode body = bodies.json(ctx);
        String user = text(body, "user", 64);
        String password = text(body, "password", 1024);
        String addressKey = "address:" + request.remoteAddress().hostAddress();
        String userKey = "user:" + user;
        Optional<Duration> wait = access.throttle().wait(addressKey, userKey);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            ctx.response().putHeader("Retry-After", Long.toString(seconds));
            throw new ApiException(429, null, "too many failed logins; try again in " + seconds + " s", null);
        }
        // Counted as failed before the check, so a burst of parallel guesses cannot all slip in before the lock.
        access.throttle().failed(addressKey, userKey);
        // bcrypt is slow on purpose: it runs on a worker, unordered so logins do not queue behind each other.
        vertx.executeBlocking(() -> PasswordHash.matches(password, UserFile.load(access.dataDir()).hash(user)), false)
                .onFailure(ctx::fail)
                .onSuccess(ok -> {
                    if (!ok) {
                        LOG.log(System.Logger.Level.WARNING, "failed login for ''{0}'' from {1}", user, addressKey);
                        ctx.fail(new ApiException(401, null, "wrong user name or password", null));
                        return;
                    }
                    access.throttle().succeeded(userKey);
                    access.throttle().forgive(addressKey);
                    String id = access.sessions().open(user);
                    // No Max-Age: the browser keeps it for its session, the server ends it after the idle time.
                    ctx.response().addCookie(sessionCookie(ctx, id, -1));
                    Replies.json(ctx, 200, Buffer.buffer(JSON.createObjectNode().put("user", user).toString()));
                });
    }

    void logout(RoutingContext ctx) {
        access.sessions().close(ctx.get(AccessGuard.VIA_SESSION, ""));
        ctx.response().addCookie(sessionCookie(ctx, "", 0));
        Replies.noContent(ctx);
    }

    /** Who is calling, so the web UI can show it; reached only through the guard. */
    void session(RoutingContext ctx) {
        ObjectNode body = JSON.createObjectNode().put("user", ctx.<String>get(AccessGuard.USER)).put("authRequired", true);
        Replies.json(ctx, 200, Buffer.buffer(body.toString()));
    }

    /** In the demo nobody logs in; the web UI learns it needs no login page. */
    static void openSession(RoutingContext ctx) {
        Replies.json(ctx, 200, Buffer.buffer("{\"user\":null,\"authRequired\":false}"));
    }

    void listTokens(RoutingContext ctx) {
        ArrayNode list = JSON.createArrayNode();
        for (ApiToken token : access.tokens().list()) {
            list.add(describe(token));
        }
        Replies.json(ctx, 200, Buffer.buffer(list.toString()));
    }

    void getToken(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        ApiToken token = access.tokens().list().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new ApiException(404, "id", "no token with id '" + id + "'", null));
        Replies.json(ctx, 200, Buffer.buffer(describe(token).toString()));
    }

    void createToken(RoutingContext ctx) {
        requireSession(ctx, "create");
        JsonNode body = bodies.json(ctx);
        ApiTokens.Created created;
        try {
            created = access.tokens().create(text(body, "name", 64), ctx.get(AccessGuard.USER));
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable("name", e.getMessage());
        }
        ObjectNode reply = describe(created.token()).put("token", created.secret());
        save(ctx, () -> Replies.json(ctx, 201, Buffer.buffer(reply.toString())));
    }

    void revokeToken(RoutingContext ctx) {
        requireSession(ctx, "revoke");
        String id = ctx.pathParam("id");
        if (!access.tokens().revoke(id)) {
            throw new ApiException(404, "id", "no token with id '" + id + "'", null);
        }
        save(ctx, () -> Replies.noContent(ctx));
    }

    /** A stolen token must not be able to mint more, nor revoke the owner's: that takes a login. */
    private static void requireSession(RoutingContext ctx, String verb) {
        if (ctx.get(AccessGuard.VIA_SESSION) == null) {
            throw new ApiException(403, null, "tokens can only " + (verb.equals("create") ? "be created" : "be revoked")
                    + " by a logged-in user (web UI session), not with a bearer token", null);
        }
    }

    private void save(RoutingContext ctx, Runnable then) {
        byte[] snapshot = access.tokens().snapshot();
        vertx.executeBlocking(() -> {
            access.tokens().write(snapshot);
            return null;
        }).onFailure(ctx::fail).onSuccess(v -> then.run());
    }

    private static ObjectNode describe(ApiToken token) {
        return JSON.createObjectNode().put("id", token.id()).put("name", token.name()).put("user", token.user())
                .put("created", token.created().toString());
    }

    private Cookie sessionCookie(RoutingContext ctx, String value, long maxAgeSeconds) {
        Cookie cookie = Cookie.cookie(AccessGuard.SESSION_COOKIE, value).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(ctx.request().isSSL() || access.behindHttps());
        return maxAgeSeconds >= 0 ? cookie.setMaxAge(maxAgeSeconds) : cookie;
    }

    private static String text(JsonNode body, String field, int maxLength) {
        JsonNode node = body.get(field);
        if (node == null || !node.isTextual() || node.asText().isEmpty()) {
            throw ApiException.badRequest(field, "'" + field + "' must be a non-empty string");
        }
        if (node.asText().length() > maxLength) {
            throw ApiException.badRequest(field, "'" + field + "' is longer than " + maxLength + " characters");
        }
        return node.asText();
    }
}
