package dev.ledfleet.controller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client for the controller's REST API, as a script or the web UI would use it. */
final class ApiClient {

    /** A response with its status and body, parsed when it is JSON. */
    record Reply(int status, String contentType, byte[] bytes, java.net.http.HttpHeaders headers) {
        Reply(int status, String contentType, byte[] bytes) {
            this(status, contentType, bytes, java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true));
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }

        String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    ApiClient(int port) {
        this(port, null);
    }

    /** A client that sends {@code Authorization: Bearer token} with every request (null: none). */
    ApiClient(int port, String token) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    String base() {
        return base;
    }

    /** Any request, with extra headers given as name, value, name, value... */
    Reply request(String method, String path, String body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder);
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Reply patch(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply put(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            request.timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Polls {@code GET /api/devices/{id}} until {@code done} holds, or fails naming {@code what}. */
    JsonNode awaitDevice(String id, String what, java.util.function.Predicate<JsonNode> done, Duration patience) {
        return Eventually.until(() -> {
            Reply reply = get("/api/devices/" + id);
            return reply.status() == 200 ? reply.json() : null;
        }, d -> d != null && done.test(d), patience, id + " " + what);
    }

    /** Waits until the device is online and the controller has its info and reported state. */
    JsonNode awaitOnline(String id, Duration patience) {
        return awaitDevice(id, "online with its info and state",
                d -> d.path("online").asText().equals("online") && d.path("info").isObject() && d.path("reported").isObject(),
                patience);
    }
}
