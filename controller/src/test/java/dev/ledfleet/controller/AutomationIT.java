package dev.ledfleet.controller;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledfleet.mqtt.testing.MessageRecorder;
import dev.ledfleet.mqtt.testing.TestBroker;
import dev.ledfleet.mqtt.testing.TestBrokers;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Buttons, rules, the MQTT API and the Home Assistant bridge against a real broker with real agents:
 * everything arrives the way devices, sensors and Home Assistant publish it.
 */
class AutomationIT {

    static final Duration PATIENCE = Duration.ofSeconds(15);
    static TestBroker broker;

    @TempDir
    Path dataDir;
    @TempDir
    Path agentDir;

    String base;
    String haPrefix;
    Controller controller;
    ApiClient api;
    TestAgents agents;
    MessageRecorder mqtt;
    long seq;

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
        // Own topic base and discovery prefix per test: retained messages of one test stay out of the next.
        String run = UUID.randomUUID().toString().substring(0, 8);
        base = "it" + run;
        haPrefix = "ha" + run;
        startController();
        agents = new TestAgents(broker.url(), base, agentDir);
        mqtt = MessageRecorder.connect(broker, haPrefix + "/#", base + "/+/ha/state", "home/#");
    }

    @AfterEach
    void stop() {
        mqtt.close();
        agents.close();
        controller.close();
    }

    void startController() throws Exception {
        String token = TestAccess.prepare(dataDir);
        controller = Controller.start(ControllerOptions.parse(new String[] {"--http-host", "127.0.0.1", "--http-port", "0",
                "--mqtt-url", broker.url(), "--base-topic", base, "--ha-discovery-prefix", haPrefix}), dataDir);
        api = new ApiClient(controller.httpPort(), token);
    }

    JsonNode awaitDevice(String id, String what, java.util.function.Predicate<JsonNode> done) {
        return api.awaitDevice(id, what, done, PATIENCE);
    }

    JsonNode awaitOnline(String id) {
        return api.awaitOnline(id, PATIENCE);
    }

    void publish(String topic, String payload) {
        mqtt.link().publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false).join();
    }

    /** A button event exactly as an agent publishes it. */
    void press(String device, String gesture) {
        publish(new Topics(base).buttonEvent(DeviceId.of(device)),
                "{\"v\":1,\"button\":1,\"gesture\":\"" + gesture + "\",\"seq\":" + (++seq) + ",\"ts\":" + System.currentTimeMillis() + "}");
    }

    void apply(String device, String patch) {
        ApiClient.Reply reply = api.patch("/api/devices/" + device + "/state?wait=true", patch);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    }

    @Test
    void buttonClick_publishedAsTheDeviceWould_showsTheNextFavourite_throughAnAcknowledgedCommand() {
        agents.lamp("fiber-lamp");
        awaitOnline("fiber-lamp");
        api.put("/api/devices/fiber-lamp/favourites", "{\"pinned\":true,\"favourites\":[{\"effect\":\"sparkle\",\"params\":{\"color\":\"#ffffff\"}},"
                + "{\"effect\":\"chase\",\"params\":{\"color\":\"#ff0000\"}},{\"effect\":\"solid\",\"params\":{\"color\":\"#0000ff\"}}]}");
        apply("fiber-lamp", "{\"power\":true,\"effect\":\"sparkle\",\"params\":{\"color\":\"#ffffff\"}}");

        press("fiber-lamp", "click");
        awaitDevice("fiber-lamp", "showing the next favourite, red chase", d -> d.path("reported").path("effect").asText().equals("chase")
                && d.path("reported").path("params").path("color").asText().equalsIgnoreCase("#ff0000"));
        press("fiber-lamp", "double");
        awaitDevice("fiber-lamp", "back on sparkle", d -> d.path("reported").path("effect").asText().equals("sparkle"));
        press("fiber-lamp", "long");
        awaitDevice("fiber-lamp", "switched off", d -> !d.path("reported").path("power").asBoolean());

        JsonNode commands = api.get("/api/devices/fiber-lamp/commands").json();
        assertThat(commands).filteredOn(c -> c.path("source").asText().equals("button"))
                .extracting(c -> c.path("status").asText()).containsOnly("applied").hasSize(3);
    }

    @Test
    void holdEvents_rampTheBrightness_andANewHoldGoesTheOtherWay() {
        agents.lamp("fiber-lamp");
        awaitOnline("fiber-lamp");
        apply("fiber-lamp", "{\"power\":true,\"brightness\":100}");

        press("fiber-lamp", "long");
        awaitDevice("fiber-lamp", "off after the long press", d -> !d.path("reported").path("power").asBoolean());
        press("fiber-lamp", "hold");
        press("fiber-lamp", "hold");
        awaitDevice("fiber-lamp", "on again and ramped up to 148", d -> d.path("reported").path("power").asBoolean()
                && d.path("reported").path("brightness").asInt() == 148);
        press("fiber-lamp", "release");
        press("fiber-lamp", "hold");

        awaitDevice("fiber-lamp", "ramped back down to 124", d -> d.path("reported").path("brightness").asInt() == 124);
    }

    @Test
    void lampButtonMappedToTheGrid_drivesTheGrid() {
        agents.lamp("fiber-lamp");
        agents.grid("pixel-grid");
        awaitOnline("fiber-lamp");
        awaitOnline("pixel-grid");
        apply("pixel-grid", "{\"power\":true}");
        apply("fiber-lamp", "{\"power\":true}");

        assertThat(api.get("/api/devices/fiber-lamp/buttons").json().path("default").asBoolean()).isTrue();
        ApiClient.Reply put = api.put("/api/devices/fiber-lamp/buttons", "{\"mappings\":[{\"button\":1,\"gesture\":\"double\","
                + "\"action\":{\"type\":\"power-toggle\"},\"target\":{\"device\":\"pixel-grid\"}}]}");
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        assertThat(put.json().path("default").asBoolean()).isFalse();
        assertThat(put.json().path("mappings")).hasSize(4);
        assertThat(put.json().path("mappings").get(1).path("target").path("device").asText()).isEqualTo("pixel-grid");
        press("fiber-lamp", "double");

        awaitDevice("pixel-grid", "switched off by the lamp's button", d -> !d.path("reported").path("power").asBoolean());
        assertThat(api.get("/api/devices/fiber-lamp").json().path("reported").path("power").asBoolean()).isTrue();
        ApiClient.Reply bad = api.put("/api/devices/fiber-lamp/buttons", "{\"mappings\":[{\"gesture\":\"click\","
                + "\"action\":{\"type\":\"scene\",\"scene\":\"nope\"}}]}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().path("field").asText()).isEqualTo("mappings[0].action.scene");
        ApiClient.Reply reset = api.delete("/api/devices/fiber-lamp/buttons");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().path("default").asBoolean()).isTrue();
    }

    @Test
    void ruleOnHallMotion_appliesAScene_andLogsTheFiring() {
        agents.lamp("fiber-lamp");
        agents.grid("pixel-grid");
        awaitOnline("fiber-lamp");
        awaitOnline("pixel-grid");
        api.post("/api/scenes", "{\"name\":\"hall-night\",\"targets\":[{\"device\":\"fiber-lamp\",\"state\":{\"power\":true,\"brightness\":30,"
                + "\"effect\":\"solid\",\"params\":{\"color\":\"#ff8000\"}}},{\"device\":\"pixel-grid\",\"state\":{\"power\":false}}]}");
        apply("pixel-grid", "{\"power\":true}");

        ApiClient.Reply created = api.post("/api/rules", "{\"id\":\"hall-motion\",\"name\":\"Hall motion at night\","
                + "\"trigger\":{\"type\":\"mqtt\",\"topic\":\"home/hall/motion\",\"payload\":\"on\"},"
                + "\"actions\":[{\"type\":\"scene\",\"scene\":\"hall-night\"}]}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        publish("home/hall/motion", "off");
        // The rule's subscription is made in the background; a sensor repeats itself until the hall lights up.
        Eventually.until(() -> {
            publish("home/hall/motion", "on");
            sleep(200);
            return api.get("/api/devices/fiber-lamp").json().path("reported");
        }, r -> r.path("brightness").asInt() == 30 && r.path("effect").asText().equals("solid"), PATIENCE, "the hall-night scene");
        awaitDevice("pixel-grid", "switched off by the scene", d -> !d.path("reported").path("power").asBoolean());
        JsonNode rule = Eventually.until(() -> api.get("/api/rules/hall-motion").json(),
                r -> r.path("log").size() > 0 && r.path("log").get(0).path("outcome").asText().equals("done"), PATIENCE, "the firing logged");
        assertThat(rule.path("log").size()).isBetween(1, 20);
        assertThat(rule.path("log").get(0).path("cause").asText()).isEqualTo("mqtt home/hall/motion");
        assertThat(rule.path("log").get(0).path("results").get(0).asText()).contains("fiber-lamp applied", "pixel-grid applied");
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void invalidRule_isRefusedWithTheReason_andRulesAndButtonMappingsSurviveARestart() throws Exception {
        agents.lamp("fiber-lamp");
        awaitOnline("fiber-lamp");

        ApiClient.Reply bad = api.post("/api/rules", "{\"id\":\"r1\",\"trigger\":{\"type\":\"cron\",\"cron\":\"99 * * * *\"},"
                + "\"actions\":[{\"type\":\"set\",\"device\":\"fiber-lamp\",\"state\":{\"power\":true}}]}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().path("field").asText()).isEqualTo("trigger.cron");
        assertThat(bad.json().path("error").asText()).contains("minute field");
        ApiClient.Reply noScene = api.post("/api/rules", "{\"id\":\"r2\",\"trigger\":{\"type\":\"time\",\"at\":\"07:30\"},"
                + "\"actions\":[{\"type\":\"scene\",\"scene\":\"nope\"}]}");
        assertThat(noScene.status()).isEqualTo(422);
        assertThat(noScene.json().path("error").asText()).contains("no scene named 'nope'");

        assertThat(api.post("/api/rules", "{\"id\":\"wake\",\"trigger\":{\"type\":\"cron\",\"cron\":\"30 7 * * mon-fri\"},"
                + "\"actions\":[{\"type\":\"set\",\"device\":\"fiber-lamp\",\"state\":{\"power\":true}}]}").status()).isEqualTo(201);
        assertThat(api.post("/api/rules/wake/disable", "").json().path("enabled").asBoolean()).isFalse();
        assertThat(api.put("/api/devices/fiber-lamp/buttons", "{\"mappings\":[{\"gesture\":\"click\",\"action\":{\"type\":\"none\"}}]}")
                .status()).isEqualTo(200);
        controller.close();
        startController();

        JsonNode rules = api.get("/api/rules").json();
        assertThat(rules).hasSize(1);
        assertThat(rules.get(0).path("id").asText()).isEqualTo("wake");
        assertThat(rules.get(0).path("enabled").asBoolean()).isFalse();
        assertThat(rules.get(0).path("trigger").path("cron").asText()).isEqualTo("30 7 * * mon-fri");
        awaitOnline("fiber-lamp");
        assertThat(api.get("/api/devices/fiber-lamp/buttons").json().path("mappings").get(0).path("action").path("type").asText())
                .isEqualTo("none");
        assertThat(api.delete("/api/rules/wake").status()).isEqualTo(204);
        assertThat(api.get("/api/rules/wake").status()).isEqualTo(404);
    }

    @Test
    void groupAndSceneTopics_driveTheFleetThroughTheController() {
        agents.lamp("fiber-lamp");
        agents.grid("pixel-grid");
        awaitOnline("fiber-lamp");
        awaitOnline("pixel-grid");
        api.post("/api/groups", "{\"name\":\"downstairs\",\"members\":[\"fiber-lamp\",\"pixel-grid\"]}");
        api.post("/api/scenes", "{\"name\":\"dark\",\"targets\":[{\"group\":\"downstairs\",\"state\":{\"power\":false}}]}");

        publish(new Topics(base).groupSet("downstairs"), "{\"power\":true,\"brightness\":66}");
        awaitDevice("fiber-lamp", "at 66", d -> d.path("reported").path("brightness").asInt() == 66 && d.path("reported").path("power").asBoolean());
        awaitDevice("pixel-grid", "at 66", d -> d.path("reported").path("brightness").asInt() == 66 && d.path("reported").path("power").asBoolean());

        publish(new Topics(base).sceneApply("dark"), "");
        awaitDevice("fiber-lamp", "dark", d -> !d.path("reported").path("power").asBoolean());
        awaitDevice("pixel-grid", "dark", d -> !d.path("reported").path("power").asBoolean());
    }

    @Test
    void homeAssistantDiscovery_describesEveryDevice_andIsClearedWhenOneIsDeleted() throws Exception {
        agents.lamp("fiber-lamp");
        agents.grid("pixel-grid");
        awaitOnline("fiber-lamp");
        awaitOnline("pixel-grid");

        for (String id : new String[] {"fiber-lamp", "pixel-grid"}) {
            MessageRecorder.Message light = mqtt.await(m -> m.topic().equals(haPrefix + "/light/ledfleet/" + id + "/config"), PATIENCE);
            JsonNode config = ApiClient.MAPPER.readTree(light.text());
            assertThat(config.path("schema").asText()).isEqualTo("json");
            assertThat(config.path("command_topic").asText()).isEqualTo(base + "/" + id + "/ha/set");
            assertThat(config.path("state_topic").asText()).isEqualTo(base + "/" + id + "/ha/state");
            assertThat(config.path("availability_topic").asText()).isEqualTo(base + "/" + id + "/status");
            assertThat(config.path("payload_available").asText()).isEqualTo("online");
            assertThat(config.path("payload_not_available").asText()).isEqualTo("offline");
            assertThat(config.path("brightness").asBoolean()).isTrue();
            assertThat(config.path("supported_color_modes")).extracting(JsonNode::asText).containsExactly("rgb");
            assertThat(config.path("effect_list")).extracting(JsonNode::asText).contains("solid", "chase");
            assertThat(config.path("unique_id").asText()).isEqualTo("ledfleet_" + id + "_light");
            assertThat(config.path("device").path("identifiers").get(0).asText()).isEqualTo("ledfleet_" + id);
            assertThat(config.path("device").path("manufacturer").asText()).isEqualTo("ledfleet");
            assertThat(config.path("device").path("model").asText()).isNotBlank();
            assertThat(config.path("device").path("sw_version").asText()).isNotBlank();
            JsonNode trigger = ApiClient.MAPPER.readTree(mqtt.await(m -> m.topic().equals(
                    haPrefix + "/device_automation/ledfleet/" + id + "_button_1_click/config"), PATIENCE).text());
            assertThat(trigger.path("automation_type").asText()).isEqualTo("trigger");
            assertThat(trigger.path("type").asText()).isEqualTo("button_short_press");
            assertThat(trigger.path("subtype").asText()).isEqualTo("button_1");
            assertThat(trigger.path("topic").asText()).isEqualTo(base + "/" + id + "/event/button");
        }

        // Retained: a subscriber that comes later (Home Assistant starting after the controller) gets the configs.
        // Not every broker sets the retain flag on that delivery (Moquette does not), so the arrival is the proof.
        try (MessageRecorder late = MessageRecorder.connect(broker, haPrefix + "/light/#")) {
            assertThat(late.await(m -> m.topic().endsWith("/pixel-grid/config") && !m.text().isEmpty(), PATIENCE)).isNotNull();
        }
        mqtt.clear();
        publish(haPrefix + "/status", "online");
        mqtt.await(m -> m.topic().equals(haPrefix + "/light/ledfleet/fiber-lamp/config") && !m.text().isEmpty(), PATIENCE);

        assertThat(api.delete("/api/devices/pixel-grid").status()).isEqualTo(204);
        mqtt.await(m -> m.topic().equals(haPrefix + "/light/ledfleet/pixel-grid/config") && m.payload().length == 0, PATIENCE);
        mqtt.await(m -> m.topic().equals(haPrefix + "/device_automation/ledfleet/pixel-grid_button_1_click/config")
                && m.payload().length == 0, PATIENCE);
    }

    @Test
    void homeAssistantCommand_changesTheDevice_andItsStateComesBackInHomeAssistantsFormat() throws Exception {
        agents.lamp("fiber-lamp");
        awaitOnline("fiber-lamp");
        mqtt.await(m -> m.topic().equals(haPrefix + "/light/ledfleet/fiber-lamp/config"), PATIENCE);

        publish(base + "/fiber-lamp/ha/set", "{\"state\":\"ON\",\"brightness\":42,\"effect\":\"chase\",\"color\":{\"r\":255,\"g\":0,\"b\":0}}");

        awaitDevice("fiber-lamp", "showing red chase at 42", d -> d.path("reported").path("brightness").asInt() == 42
                && d.path("reported").path("effect").asText().equals("chase")
                && d.path("reported").path("params").path("color").asText().equalsIgnoreCase("#ff0000"));
        MessageRecorder.Message state = mqtt.await(m -> m.topic().equals(base + "/fiber-lamp/ha/state") && m.text().contains("\"brightness\":42"), PATIENCE);
        JsonNode ha = ApiClient.MAPPER.readTree(state.text());
        assertThat(ha.path("state").asText()).isEqualTo("ON");
        assertThat(ha.path("effect").asText()).isEqualTo("chase");
        assertThat(ha.path("color_mode").asText()).isEqualTo("rgb");
        assertThat(ha.path("color").path("r").asInt()).isEqualTo(255);
        assertThat(ha.path("color").path("g").asInt()).isZero();
        JsonNode commands = api.get("/api/devices/fiber-lamp/commands").json();
        assertThat(commands).filteredOn(c -> c.path("source").asText().equals("home-assistant"))
                .extracting(c -> c.path("status").asText()).containsExactly("applied");

        publish(base + "/fiber-lamp/ha/set", "{\"state\":\"OFF\"}");
        mqtt.await(m -> m.topic().equals(base + "/fiber-lamp/ha/state") && m.text().contains("\"state\":\"OFF\""), PATIENCE);
    }
}
