package dev.ledfleet.controller;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledfleet.agent.AgentHandle;
import dev.ledfleet.mqtt.testing.TestBroker;
import dev.ledfleet.mqtt.testing.TestBrokers;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The controller with a real broker and real agents on virtual outputs, driven through its REST API. */
class ControllerIT {

    static final Duration PATIENCE = Duration.ofSeconds(15);
    static TestBroker broker;

    @TempDir
    Path dataDir;
    @TempDir
    Path agentDir;

    String base;
    Controller controller;
    ApiClient api;
    String token;
    TestAgents agents;

    @BeforeAll
    static void startBroker() {
        broker = TestBrokers.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @BeforeEach
    void start() throws Exception {
        // A topic base per test keeps retained messages of one test away from the next.
        base = "it" + UUID.randomUUID().toString().substring(0, 8);
        startController();
        agents = new TestAgents(broker.url(), base, agentDir);
    }

    @AfterEach
    void stop() {
        agents.close();
        controller.close();
    }

    void startController() throws Exception {
        token = TestAccess.prepare(dataDir);
        controller = Controller.start(ControllerOptions.parse(new String[] {"--http-host", "127.0.0.1", "--http-port", "0",
                "--mqtt-url", broker.url(), "--base-topic", base}), dataDir);
        api = new ApiClient(controller.httpPort(), token);
    }

    JsonNode awaitDevice(String id, String what, java.util.function.Predicate<JsonNode> done) {
        return api.awaitDevice(id, what, done, PATIENCE);
    }

    JsonNode awaitOnline(String id) {
        return api.awaitOnline(id, PATIENCE);
    }

    @Test
    void devices_announceThemselves_withKindLayoutAndState() {
        agents.lamp("fiber-lamp");
        agents.grid("pixel-grid");

        JsonNode lamp = awaitOnline("fiber-lamp");
        JsonNode grid = awaitOnline("pixel-grid");

        assertThat(lamp.path("kind").asText()).isEqualTo("lamp");
        assertThat(lamp.path("layout").path("pixels").asInt()).isEqualTo(24);
        assertThat(grid.path("layout").path("width").asInt()).isEqualTo(16);
        assertThat(grid.path("lastSeen").asLong()).isPositive();
        JsonNode list = api.get("/api/devices").json();
        assertThat(list).extracting(d -> d.path("id").asText()).containsExactly("fiber-lamp", "pixel-grid");
    }

    @Test
    void deviceThatStops_isOffline_andOnlineAgainWhenItReturns() {
        AgentHandle lamp = agents.lamp("fiber-lamp");
        awaitOnline("fiber-lamp");

        agents.stop(lamp);
        awaitDevice("fiber-lamp", "offline", d -> d.path("online").asText().equals("offline"));
        agents.lamp("fiber-lamp");

        awaitDevice("fiber-lamp", "online again", d -> d.path("online").asText().equals("online"));
        assertThat(api.get("/api/health").json().path("devices").path("online").asInt()).isEqualTo(1);
    }

    @Test
    void patchWithWait_returnsTheStateTheDeviceApplied() {
        agents.lamp("fiber-lamp");
        awaitOnline("fiber-lamp");

        ApiClient.Reply reply = api.patch("/api/devices/fiber-lamp/state?wait=true",
                "{\"power\":true,\"brightness\":77,\"effect\":\"chase\",\"params\":{\"color\":\"#00ff00\"}}");

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("applied");
        assertThat(reply.json().path("state").path("brightness").asInt()).isEqualTo(77);
        assertThat(reply.json().path("state").path("effect").asText()).isEqualTo("chase");
        assertThat(reply.json().path("state").path("commandId").asText()).isEqualTo(reply.json().path("commandId").asText());
        JsonNode device = api.get("/api/devices/fiber-lamp").json();
        assertThat(device.path("reported").path("brightness").asInt()).isEqualTo(77);
        assertThat(device.path("pending").isNull()).isTrue();
    }

    @Test
    void patchWithoutWait_isAcceptedWithACommandId() {
        agents.lamp("fiber-lamp");
        awaitOnline("fiber-lamp");

        ApiClient.Reply reply = api.patch("/api/devices/fiber-lamp/state", "{\"brightness\":12}");

        assertThat(reply.status()).isEqualTo(202);
        String id = reply.json().path("commandId").asText();
        awaitDevice("fiber-lamp", "to apply " + id, d -> d.path("reported").path("commandId").asText().equals(id));
        JsonNode history = api.get("/api/devices/fiber-lamp/commands").json();
        assertThat(history.get(0).path("status").asText()).isEqualTo("applied");
        assertThat(history.get(0).path("source").asText()).isEqualTo("api");
    }

    @Test
    void commandTheAgentRefuses_is422WithItsFieldAndReason() {
        agents.lamp("fiber-lamp");
        awaitOnline("fiber-lamp");
        api.patch("/api/devices/fiber-lamp/state?wait=true", "{\"effect\":\"chase\"}");

        // Parameters without an effect are checked by the device against what it shows.
        ApiClient.Reply reply = api.patch("/api/devices/fiber-lamp/state?wait=true", "{\"params\":{\"speed\":-5}}");

        assertThat(reply.status()).as(reply.text()).isEqualTo(422);
        assertThat(reply.json().path("field").asText()).isEqualTo("params.speed");
        assertThat(reply.json().path("error").asText()).isNotBlank();
        assertThat(reply.json().path("commandId").asText()).isNotBlank();
        assertThat(api.get("/api/devices/fiber-lamp").json().path("lastFailure").path("status").asText()).isEqualTo("rejected");
    }

    @Test
    void invalidPatch_isRefusedBeforeSending_andBadRequestsSayWhatWasWrong() {
        agents.lamp("fiber-lamp");
        awaitOnline("fiber-lamp");

        ApiClient.Reply invalid = api.patch("/api/devices/fiber-lamp/state", "{\"brightness\":999}");
        ApiClient.Reply malformed = api.patch("/api/devices/fiber-lamp/state", "{\"brightness\":");
        ApiClient.Reply unknown = api.patch("/api/devices/no-such-lamp/state", "{\"brightness\":1}");
        ApiClient.Reply tooBig = api.patch("/api/devices/fiber-lamp/state", "{\"x\":\"" + "a".repeat(70_000) + "\"}");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("field").asText()).isEqualTo("brightness");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("error").asText()).contains("malformed JSON");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("error").asText()).contains("no-such-lamp");
        assertThat(tooBig.status()).isEqualTo(413);
    }

    @Test
    void offlineDevice_receivesItsDesiredStateWhenItReturns() {
        AgentHandle lamp = agents.lamp("fiber-lamp");
        awaitOnline("fiber-lamp");
        agents.stop(lamp);
        awaitDevice("fiber-lamp", "offline", d -> d.path("online").asText().equals("offline"));

        ApiClient.Reply whileAway = api.patch("/api/devices/fiber-lamp/state?wait=true&timeoutMs=500",
                "{\"power\":true,\"brightness\":201,\"effect\":\"sparkle\"}");
        assertThat(whileAway.status()).isEqualTo(504);
        assertThat(api.get("/api/devices/fiber-lamp").json().path("desired").path("brightness").asInt()).isEqualTo(201);

        agents.lamp("fiber-lamp");

        JsonNode device = awaitDevice("fiber-lamp", "showing the desired state",
                d -> d.path("reported").path("brightness").asInt() == 201 && d.path("reported").path("effect").asText().equals("sparkle"));
        assertThat(device.path("online").asText()).isEqualTo("online");
        assertThat(api.get("/api/devices/fiber-lamp/commands").json().get(0).path("source").asText()).isEqualTo("resync");
    }

    @Test
    void groupCommand_reachesEveryMember_withOneSharedStartTime() {
        agents.lamp("fiber-lamp");
        agents.grid("pixel-grid");
        awaitOnline("fiber-lamp");
        awaitOnline("pixel-grid");
        assertThat(api.post("/api/groups", "{\"name\":\"downstairs\",\"members\":[\"fiber-lamp\",\"pixel-grid\"]}").status()).isEqualTo(201);

        ApiClient.Reply reply = api.patch("/api/groups/downstairs/state", "{\"power\":true,\"effect\":\"rainbow\",\"brightness\":50}");

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode members = reply.json().path("members");
        assertThat(members.path("fiber-lamp").path("status").asText()).isEqualTo("applied");
        assertThat(members.path("pixel-grid").path("status").asText()).isEqualTo("applied");
        long startAt = reply.json().path("startAt").asLong();
        assertThat(startAt).isPositive();
        for (String id : new String[] {"fiber-lamp", "pixel-grid"}) {
            JsonNode reported = api.get("/api/devices/" + id).json().path("reported");
            assertThat(reported.path("effect").asText()).isEqualTo("rainbow");
            assertThat(reported.path("startAt").asLong()).isEqualTo(startAt);
        }
    }

    @Test
    void presetsAndScenes_applyToAllTheirTargets() {
        agents.lamp("fiber-lamp");
        agents.grid("pixel-grid");
        awaitOnline("fiber-lamp");
        awaitOnline("pixel-grid");
        api.post("/api/presets", "{\"name\":\"cosy\",\"state\":{\"power\":true,\"brightness\":33,\"effect\":\"sparkle\"}}");
        api.post("/api/groups", "{\"name\":\"all\",\"members\":[\"fiber-lamp\",\"pixel-grid\"]}");
        api.post("/api/scenes", "{\"name\":\"movie\",\"targets\":[{\"group\":\"all\",\"preset\":\"cosy\"},"
                + "{\"device\":\"pixel-grid\",\"state\":{\"brightness\":9}}]}");

        ApiClient.Reply scene = api.post("/api/scenes/movie/apply", "");

        assertThat(scene.status()).as(scene.text()).isEqualTo(200);
        assertThat(scene.json().path("members")).allSatisfy(m -> assertThat(m.path("status").asText()).isIn("applied", "superseded"));
        JsonNode lamp = api.get("/api/devices/fiber-lamp").json().path("reported");
        assertThat(lamp.path("effect").asText()).isEqualTo("sparkle");
        assertThat(lamp.path("brightness").asInt()).isEqualTo(33);
        awaitDevice("pixel-grid", "dimmed by the scene", d -> d.path("reported").path("brightness").asInt() == 9
                && d.path("reported").path("effect").asText().equals("sparkle"));

        ApiClient.Reply preset = api.post("/api/presets/cosy/apply", "{\"device\":\"pixel-grid\"}");
        assertThat(preset.json().path("members").path("pixel-grid").path("status").asText()).isEqualTo("applied");
    }

    @Test
    void configuration_survivesAControllerRestart() throws Exception {
        agents.lamp("fiber-lamp");
        awaitOnline("fiber-lamp");
        api.patch("/api/devices/fiber-lamp", "{\"name\":\"Fibre lamp\",\"room\":\"living-room\"}");
        api.post("/api/groups", "{\"name\":\"downstairs\",\"members\":[\"fiber-lamp\"]}");
        api.post("/api/presets", "{\"name\":\"cosy\",\"state\":{\"brightness\":33}}");
        api.post("/api/scenes", "{\"name\":\"movie\",\"targets\":[{\"group\":\"downstairs\",\"preset\":\"cosy\"}]}");
        api.put("/api/devices/fiber-lamp/favourites", "{\"pinned\":true,\"favourites\":[{\"effect\":\"sparkle\"},{\"effect\":\"chase\"}]}");

        controller.close();
        startController();

        JsonNode lamp = awaitOnline("fiber-lamp");
        assertThat(lamp.path("name").asText()).isEqualTo("Fibre lamp");
        assertThat(lamp.path("room").asText()).isEqualTo("living-room");
        assertThat(lamp.path("groups")).extracting(JsonNode::asText).containsExactly("downstairs");
        assertThat(lamp.path("favouritesPinned").asBoolean()).isTrue();
        assertThat(lamp.path("favourites")).extracting(f -> f.path("effect").asText()).containsExactly("sparkle", "chase");
        assertThat(api.get("/api/presets/cosy").json().path("state").path("brightness").asInt()).isEqualTo(33);
        assertThat(api.get("/api/scenes/movie").json().path("targets").get(0).path("preset").asText()).isEqualTo("cosy");
        assertThat(api.post("/api/scenes/movie/apply", "").json().path("members").path("fiber-lamp").path("status").asText())
                .isEqualTo("applied");
    }

    @Test
    void framePng_isTheDevicesRealFrameAtItsShape() throws Exception {
        agents.grid("pixel-grid");
        awaitOnline("pixel-grid");
        api.patch("/api/devices/pixel-grid/state?wait=true", "{\"power\":true,\"brightness\":255,\"effect\":\"solid\",\"params\":{\"color\":\"#ff0000\"}}");

        ApiClient.Reply reply = api.get("/api/devices/pixel-grid/frame.png?scale=2");

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("image/png");
        var image = ImageIO.read(new ByteArrayInputStream(reply.bytes()));
        assertThat(image.getWidth()).isEqualTo(32);
        assertThat(image.getHeight()).isEqualTo(32);
        assertThat(image.getRGB(5, 5) & 0xffffff).isEqualTo(0xff0000);
    }

    @Test
    void metricsAndFleetHealth_countCommandsAndDevices() {
        agents.lamp("fiber-lamp");
        awaitOnline("fiber-lamp");
        api.patch("/api/devices/fiber-lamp/state?wait=true", "{\"brightness\":5}");
        api.patch("/api/devices/fiber-lamp/state?wait=true", "{\"params\":{\"speed\":-5}}");

        String metrics = api.get("/metrics").text();
        JsonNode health = api.get("/api/fleet/health").json();

        assertThat(metrics).contains("ledfleet_devices{state=\"online\"} 1.0")
                .contains("ledfleet_commands_total{result=\"applied\"} 1.0")
                .contains("ledfleet_commands_total{result=\"rejected\"} 1.0")
                .contains("ledfleet_command_latency_seconds_count 1");
        assertThat(health.path("devices").path("fiber-lamp").path("rejectedCommands").asInt()).isEqualTo(1);
        assertThat(health.path("affectedDevices").path("rejectedCommands").asInt()).isEqualTo(1);
    }

    @Test
    void effectsCatalog_isServedWithParameters() {
        JsonNode effects = api.get("/api/effects").json();

        assertThat(effects).extracting(e -> e.path("id").asText()).contains("solid", "chase", "text-scroll");
        JsonNode chase = effects.findParents("id").stream().filter(e -> e.path("id").asText().equals("chase")).findFirst().orElseThrow();
        assertThat(chase.path("dimensions").asText()).isEqualTo("1d");
        assertThat(chase.path("params")).extracting(p -> p.path("name").asText()).contains("speed", "color");
    }

    @Test
    void eventStream_sendsDevicesCommandsAndWatchedFrames() throws Exception {
        agents.grid("pixel-grid");
        awaitOnline("pixel-grid");
        var lines = new java.util.concurrent.LinkedBlockingQueue<String>();
        var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + controller.httpPort() + "/api/events"))
                .header("Authorization", "Bearer " + token).build();
        var stream = client.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        try {
            awaitLine(lines, "data: {\"id\":\"pixel-grid\"");

            String id = api.patch("/api/devices/pixel-grid/state", "{\"brightness\":42}").json().path("commandId").asText();
            awaitLine(lines, "\"id\":\"" + id + "\",\"device\":\"pixel-grid\",\"status\":\"applied\"");
            assertThat(api.post("/api/devices/pixel-grid/frames/watch", "").status()).isEqualTo(202);
            String frame = awaitLine(lines, "data: {\"device\":\"pixel-grid\",\"width\":16,\"height\":16,\"rgb\":");

            String rgb = ApiClient.MAPPER.readTree(frame.substring(6)).path("rgb").asText();
            assertThat(java.util.Base64.getDecoder().decode(rgb)).hasSize(16 * 16 * 3);
        } finally {
            stream.cancel(true);
        }
    }

    static String awaitLine(java.util.concurrent.BlockingQueue<String> lines, String fragment) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (line != null && line.contains(fragment)) {
                return line;
            }
        }
        throw new AssertionError("no event line containing " + fragment);
    }

    @Test
    void brokerRestart_controllerAndDevicesCarryOn() {
        agents.lamp("fiber-lamp");
        awaitOnline("fiber-lamp");

        broker.restart();

        Eventually.until(() -> api.get("/api/health").json().path("mqtt").asText(), "connected"::equals, PATIENCE,
                "the controller to reconnect");
        ApiClient.Reply reply = Eventually.until(() -> api.patch("/api/devices/fiber-lamp/state?wait=true&timeoutMs=1000",
                "{\"brightness\":66}"), r -> r.status() == 200, PATIENCE, "a command to go through after the restart");
        assertThat(reply.json().path("state").path("brightness").asInt()).isEqualTo(66);
    }

    @Test
    void unknownApiPath_is404WithAMessage() {
        ApiClient.Reply reply = api.get("/api/nothing-here");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("error").asText()).contains("/api/nothing-here");
    }
}
