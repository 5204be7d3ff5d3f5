package dev.ledfleet.controller;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledfleet.mqtt.testing.TestBroker;
import dev.ledfleet.mqtt.testing.TestBrokers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outside the demo: login, session cookie with its CSRF header, bearer tokens, and the login throttle, over real HTTP. */
class AuthIT {

    static final String CSRF = "X-Requested-With";
    static TestBroker broker;

    @TempDir
    Path dataDir;
    Controller controller;
    ApiClient anonymous;

    @BeforeAll
    static void startBroker() {
        broker = TestBrokers.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @AfterEach
    void stop() {
        if (controller != null) {
            controller.close();
        }
    }

    void start(String... extra) throws Exception {
        TestAccess.prepare(dataDir);
        String[] base = {"--http-host", "127.0.0.1", "--http-port", "0", "--mqtt-url", broker.url(), "--base-topic", "auth"};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        controller = Controller.start(ControllerOptions.parse(args), dataDir);
        anonymous = new ApiClient(controller.httpPort());
    }

    ApiClient.Reply login(String user, String password) {
        return anonymous.request("POST", "/api/login", "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}",
                CSRF, "ledfleet");
    }

    /** The {@code name=value} part of the session cookie a successful login sets. */
    String loginCookie() {
        ApiClient.Reply reply = login(TestAccess.USER, TestAccess.PASSWORD);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.header("Set-Cookie").split(";")[0];
    }

    @Test
    void withoutLogin_apiAndMetricsAre401WithAnError_healthStaysOpen() throws Exception {
        start();

        for (String path : new String[] {"/api/devices", "/api/groups", "/api/events", "/metrics", "/api/tokens", "/api/nothing"}) {
            ApiClient.Reply reply = anonymous.get(path);
            assertThat(reply.status()).as(path).isEqualTo(401);
            assertThat(reply.json().path("error").asText()).as(path).contains("login required");
        }
        ApiClient.Reply patch = anonymous.patch("/api/devices/fiber-lamp/state", "{\"power\":true}");
        assertThat(patch.status()).isEqualTo(401);
        assertThat(patch.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(anonymous.get("/api/health").status()).isEqualTo(200);
    }

    @Test
    void login_setsAStrictHttpOnlyCookie_thatOpensTheApi() throws Exception {
        start();

        ApiClient.Reply reply = login(TestAccess.USER, TestAccess.PASSWORD);

        assertThat(reply.json().path("user").asText()).isEqualTo(TestAccess.USER);
        String setCookie = reply.header("Set-Cookie");
        assertThat(setCookie).startsWith("ledfleet_session=").containsIgnoringCase("HttpOnly").contains("SameSite=Strict")
                .contains("Path=/").doesNotContain("Secure");
        String cookie = setCookie.split(";")[0];
        assertThat(anonymous.request("GET", "/api/devices", null, "Cookie", cookie).status()).isEqualTo(200);
        ApiClient.Reply session = anonymous.request("GET", "/api/session", null, "Cookie", cookie);
        assertThat(session.json().path("user").asText()).isEqualTo(TestAccess.USER);
        ApiClient.Reply created = anonymous.request("POST", "/api/groups", "{\"name\":\"hall\",\"members\":[]}",
                "Cookie", cookie, CSRF, "ledfleet");
        assertThat(created.status()).as(created.text()).isBetween(200, 201);
    }

    @Test
    void behindAnHttpsOrigin_theCookieIsSecure_andThatOriginIsAccepted() throws Exception {
        start("--public-origin", "https://lights.example");

        ApiClient.Reply reply = login(TestAccess.USER, TestAccess.PASSWORD);
        String cookie = reply.header("Set-Cookie").split(";")[0];

        assertThat(reply.header("Set-Cookie")).contains("Secure");
        assertThat(anonymous.request("POST", "/api/groups", "{\"name\":\"hall\",\"members\":[]}", "Cookie", cookie,
                CSRF, "ledfleet", "Origin", "https://lights.example").status()).isBetween(200, 201);
    }

    @Test
    void cookieRequestWithoutTheCsrfHeaderOrFromAForeignOrigin_isRefused() throws Exception {
        start();
        String cookie = loginCookie();

        ApiClient.Reply noHeader = anonymous.request("POST", "/api/groups", "{\"name\":\"hall\",\"members\":[]}", "Cookie", cookie);
        ApiClient.Reply foreign = anonymous.request("DELETE", "/api/groups/hall", null, "Cookie", cookie,
                CSRF, "ledfleet", "Origin", "https://evil.example");

        assertThat(noHeader.status()).isEqualTo(403);
        assertThat(noHeader.json().path("error").asText()).contains("X-Requested-With: ledfleet");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().path("error").asText()).contains("https://evil.example");
        assertThat(anonymous.request("GET", "/api/groups", null, "Cookie", cookie).json()).isEmpty();
    }

    @Test
    void wrongPassword_is401_andTheSixthTryIs429WithRetryAfter_evenWithTheRightPassword() throws Exception {
        start();

        for (int i = 0; i < 5; i++) {
            ApiClient.Reply wrong = login(TestAccess.USER, "not-the-password");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.json().path("error").asText()).isEqualTo("wrong user name or password");
            assertThat(wrong.header("Set-Cookie")).isNull();
        }
        ApiClient.Reply throttled = login(TestAccess.USER, TestAccess.PASSWORD);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isBetween(1, 30);
        assertThat(throttled.json().path("error").asText()).contains("too many failed logins");
    }

    @Test
    void unknownUser_isTheSame401AsAWrongPassword() throws Exception {
        start();

        ApiClient.Reply reply = login("mallory", "whatever-password");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().path("error").asText()).isEqualTo("wrong user name or password");
    }

    @Test
    void loginWithoutTheCsrfHeader_isRefused() throws Exception {
        start();

        ApiClient.Reply reply = anonymous.post("/api/login",
                "{\"user\":\"" + TestAccess.USER + "\",\"password\":\"" + TestAccess.PASSWORD + "\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("error").asText()).contains("X-Requested-With");
    }

    @Test
    void bearerToken_works_needsNoCsrfHeader_andStopsWorkingWhenRevoked() throws Exception {
        start();
        String cookie = loginCookie();
        ApiClient.Reply created = anonymous.request("POST", "/api/tokens", "{\"name\":\"home-assistant\"}",
                "Cookie", cookie, CSRF, "ledfleet");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String token = created.json().path("token").asText();
        String id = created.json().path("id").asText();
        ApiClient bearer = new ApiClient(controller.httpPort(), token);

        assertThat(bearer.get("/api/devices").status()).isEqualTo(200);
        assertThat(bearer.post("/api/groups", "{\"name\":\"hall\",\"members\":[]}").status()).isBetween(200, 201);
        JsonNode listed = bearer.get("/api/tokens").json();
        assertThat(listed.toString()).contains("home-assistant").doesNotContain(token);
        assertThat(bearer.get("/api/tokens/" + id).json().path("name").asText()).isEqualTo("home-assistant");
        ApiClient.Reply mint = bearer.post("/api/tokens", "{\"name\":\"more\"}");
        assertThat(mint.status()).isEqualTo(403);
        assertThat(mint.json().path("error").asText()).contains("logged-in user");

        ApiClient.Reply revoked = anonymous.request("DELETE", "/api/tokens/" + id, null, "Cookie", cookie, CSRF, "ledfleet");

        assertThat(revoked.status()).isEqualTo(204);
        ApiClient.Reply after = bearer.get("/api/devices");
        assertThat(after.status()).isEqualTo(401);
        assertThat(anonymous.request("GET", "/api/tokens/" + id, null, "Cookie", cookie).status()).isEqualTo(404);
        assertThat(after.json().path("error").asText()).contains("revoked");
    }

    @Test
    void tokens_surviveARestart() throws Exception {
        start();
        ApiClient.Reply created = anonymous.request("POST", "/api/tokens", "{\"name\":\"script\"}",
                "Cookie", loginCookie(), CSRF, "ledfleet");
        controller.close();
        controller = Controller.start(ControllerOptions.parse(new String[] {"--http-host", "127.0.0.1", "--http-port", "0",
                "--mqtt-url", broker.url(), "--base-topic", "auth"}), dataDir);

        ApiClient bearer = new ApiClient(controller.httpPort(), created.json().path("token").asText());

        assertThat(bearer.get("/api/devices").status()).isEqualTo(200);
    }

    @Test
    void logout_endsTheSession() throws Exception {
        start();
        String cookie = loginCookie();

        ApiClient.Reply out = anonymous.request("POST", "/api/logout", null, "Cookie", cookie, CSRF, "ledfleet");

        assertThat(out.status()).isEqualTo(204);
        assertThat(out.header("Set-Cookie")).contains("Max-Age=0");
        ApiClient.Reply after = anonymous.request("GET", "/api/devices", null, "Cookie", cookie);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().path("error").asText()).contains("log in again");
    }

    @Test
    void eventStream_opensWithTheSessionCookie() throws Exception {
        start();
        String cookie = loginCookie();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(anonymous.base() + "/api/events")).header("Cookie", cookie).build();

        HttpResponse<java.io.InputStream> response = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .get(10, java.util.concurrent.TimeUnit.SECONDS);

        try (java.io.InputStream body = response.body()) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        }
    }

    @Test
    void demo_staysOpen_andSaysNoLoginIsNeeded() throws Exception {
        controller = Controller.start(ControllerOptions.parse(new String[] {"--demo", "--http-port", "0",
                "--mqtt-url", broker.url(), "--base-topic", "auth-demo"}), dataDir);
        ApiClient open = new ApiClient(controller.httpPort());

        assertThat(open.get("/api/devices").status()).isEqualTo(200);
        assertThat(open.post("/api/groups", "{\"name\":\"hall\",\"members\":[]}").status()).isBetween(200, 201);
        assertThat(open.get("/api/session").json().path("authRequired").asBoolean()).isFalse();
        assertThat(open.get("/metrics").status()).isEqualTo(200);
    }
}
