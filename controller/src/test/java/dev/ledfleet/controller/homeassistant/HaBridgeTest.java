package dev.ledfleet.controller.homeassistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.controller.fleet.Connectivity;
import dev.ledfleet.controller.fleet.Device;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.Topics;
import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.message.DeviceInfo;
import dev.ledfleet.protocol.message.DeviceKind;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.LayoutInfo;
import dev.ledfleet.protocol.message.Wiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HaBridgeTest {

    record Sent(String topic, Map<String, Object> payload, boolean retained) {
    }

    static final DeviceId LAMP = DeviceId.of("fiber-lamp");
    static final DeviceInfo INFO = new DeviceInfo("fiber-lamp", "Fiber lamp", DeviceKind.LAMP, new LayoutInfo(24, 24, 1, Wiring.values()[0]),
            "virtual", 60, "0.1.0", List.of("solid", "chase", "sparkle"), 1, 1L);

    final List<Sent> sent = new ArrayList<>();
    final HaTopics topics = new HaTopics("homeassistant", new Topics("ledfleet"));
    final HaTranslation translation = new HaTranslation(EffectCatalog.standard());
    final HaBridge bridge = new HaBridge(new HaDiscovery(topics, translation), translation, topics,
            (topic, payload, retained) -> sent.add(new Sent(topic, payload, retained)));

    static Device lamp(DeviceInfo info, DeviceState reported) {
        return new Device(LAMP, "Fiber lamp", null, List.of(), Connectivity.ONLINE, 1L, info, reported, null, null, null,
                List.of(), false, Map.of());
    }

    Sent sentTo(String topic) {
        return sent.stream().filter(s -> s.topic().equals(topic)).reduce((a, b) -> b).orElseThrow(() ->
                new AssertionError("nothing published to " + topic + " in " + sent));
    }

    @Test
    void announcedDevice_getsAJsonSchemaLight_withTheDocumentedFields() {
        bridge.onDevice(lamp(INFO, null));

        Sent light = sentTo("homeassistant/light/ledfleet/fiber-lamp/config");
        assertThat(light.retained()).isTrue();
        Map<String, Object> config = light.payload();
        assertThat(config).containsEntry("schema", "json")
                .containsEntry("command_topic", "ledfleet/fiber-lamp/ha/set")
                .containsEntry("state_topic", "ledfleet/fiber-lamp/ha/state")
                .containsEntry("availability_topic", "ledfleet/fiber-lamp/status")
                .containsEntry("payload_available", "online")
                .containsEntry("payload_not_available", "offline")
                .containsEntry("brightness", true)
                .containsEntry("supported_color_modes", List.of("rgb"))
                .containsEntry("effect", true)
                .containsEntry("effect_list", List.of("solid", "chase", "sparkle"))
                .containsEntry("unique_id", "ledfleet_fiber-lamp_light")
                .containsEntry("object_id", "ledfleet_fiber_lamp");
        assertThat(config.get("device")).isEqualTo(Map.of("identifiers", List.of("ledfleet_fiber-lamp"), "name", "Fiber lamp",
                "manufacturer", "ledfleet", "model", "lamp 24 px (virtual)", "sw_version", "0.1.0"));
    }

    @Test
    void eachButtonGesture_isADeviceTrigger() {
        bridge.onDevice(lamp(INFO, null));

        Map<String, Object> click = sentTo("homeassistant/device_automation/ledfleet/fiber-lamp_button_1_click/config").payload();
        assertThat(click).containsEntry("automation_type", "trigger").containsEntry("type", "button_short_press")
                .containsEntry("subtype", "button_1").containsEntry("topic", "ledfleet/fiber-lamp/event/button")
                .containsEntry("payload", "1:click").containsEntry("value_template", "{{ value_json.button }}:{{ value_json.gesture }}")
                .containsEntry("device", Map.of("identifiers", List.of("ledfleet_fiber-lamp")));
        assertThat(sentTo("homeassistant/device_automation/ledfleet/fiber-lamp_button_1_double/config").payload())
                .containsEntry("type", "button_double_press");
        assertThat(sentTo("homeassistant/device_automation/ledfleet/fiber-lamp_button_1_long/config").payload())
                .containsEntry("type", "button_long_press");
    }

    @Test
    void state_isPublishedOnChangeOnly_inHomeAssistantsFormat() {
        DeviceState on = new DeviceState(true, 90, "chase", Map.of("color", "#ff0000"), 0, null, null, null, null);
        bridge.onDevice(lamp(INFO, on));
        bridge.onDevice(lamp(INFO, on));
        bridge.onDevice(lamp(INFO, new DeviceState(false, 90, "chase", Map.of("color", "#ff0000"), 0, null, null, null, null)));

        List<Sent> states = sent.stream().filter(s -> s.topic().equals("ledfleet/fiber-lamp/ha/state")).toList();
        assertThat(states).hasSize(2);
        assertThat(states.get(0).payload()).containsEntry("state", "ON").containsEntry("brightness", 90);
        assertThat(states.get(1).payload()).containsEntry("state", "OFF");
        long configs = sent.stream().filter(s -> s.topic().endsWith("/config")).count();
        assertThat(configs).isEqualTo(5); // published once: one light, four triggers
    }

    @Test
    void birth_republishesEverything() {
        Device device = lamp(INFO, new DeviceState(true, 90, "chase", Map.of(), 0, null, null, null, null));
        bridge.onDevice(device);
        sent.clear();

        bridge.onBirth(List.of(device));

        assertThat(sent).extracting(Sent::topic).contains("homeassistant/light/ledfleet/fiber-lamp/config", "ledfleet/fiber-lamp/ha/state");
        assertThat(sent).hasSize(6);
    }

    @Test
    void forgottenDevice_hasItsRetainedConfigsCleared() {
        bridge.onDevice(lamp(INFO, new DeviceState(true, 90, "chase", Map.of(), 0, null, null, null, null)));
        sent.clear();

        bridge.onRemoved(LAMP);

        assertThat(sent).hasSize(6).allSatisfy(s -> {
            assertThat(s.payload()).isNull();
            assertThat(s.retained()).isTrue();
        });
        assertThat(bridge.publishedTopics(LAMP)).isEmpty();
    }
}
