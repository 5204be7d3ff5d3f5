package dev.ledfleet.controller.homeassistant;

import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.Topics;
import dev.ledfleet.protocol.message.ButtonGesture;
import dev.ledfleet.protocol.message.DeviceInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The MQTT discovery configs Home Assistant reads: one JSON-schema light per device, and one device
 * trigger per button and gesture, all tied to one Home Assistant device by its identifier.
 */
public final class HaDiscovery {

    /** The gestures Home Assistant has trigger types for, and those types. */
    static final Map<ButtonGesture, String> TRIGGER_TYPES = Map.of(
            ButtonGesture.CLICK, "button_short_press",
            ButtonGesture.DOUBLE, "button_double_press",
            ButtonGesture.LONG, "button_long_press",
            ButtonGesture.RELEASE, "button_long_release");
    static final List<ButtonGesture> TRIGGER_ORDER = List.of(ButtonGesture.CLICK, ButtonGesture.DOUBLE,
            ButtonGesture.LONG, ButtonGesture.RELEASE);

    private final HaTopics ha;
    private final Topics topics;
    private final HaTranslation translation;

    public HaDiscovery(HaTopics ha, HaTranslation translation) {
        this.ha = ha;
        this.topics = ha.topics();
        this.translation = translation;
    }

    /** A discovery message: its retained config topic and payload. */
    public record Config(String topic, Map<String, Object> payload) {
    }

    /** Everything to publish for a device that has announced itself. */
    public List<Config> configs(DeviceId id, String name, DeviceInfo info) {
        List<Config> configs = new java.util.ArrayList<>();
        configs.add(new Config(ha.lightConfig(id), light(id, name, info)));
        for (int button = 1; button <= info.buttons(); button++) {
            for (ButtonGesture gesture : TRIGGER_ORDER) {
                configs.add(new Config(ha.triggerConfig(id, button, gesture.wireName()), trigger(id, button, gesture)));
            }
        }
        return configs;
    }

    Map<String, Object> light(DeviceId id, String name, DeviceInfo info) {
        Map<String, Object> light = new LinkedHashMap<>();
        light.put("name", null); // the entity is the device itself and takes its name
        light.put("unique_id", "ledfleet_" + id.value() + "_light");
        light.put("object_id", "ledfleet_" + id.value().replace('-', '_'));
        light.put("schema", "json");
        light.put("command_topic", ha.command(id));
        light.put("state_topic", ha.state(id));
        light.put("availability_topic", topics.status(id));
        light.put("payload_available", "online");
        light.put("payload_not_available", "offline");
        light.put("brightness", true);
        light.put("brightness_scale", 255);
        light.put("supported_color_modes", List.of("rgb"));
        light.put("effect", true);
        light.put("effect_list", translation.effectList(info.effects()));
        light.put("qos", 1);
        light.put("device", device(id, name, info));
        return light;
    }

    Map<String, Object> trigger(DeviceId id, int button, ButtonGesture gesture) {
        Map<String, Object> trigger = new LinkedHashMap<>();
        trigger.put("automation_type", "trigger");
        trigger.put("topic", topics.buttonEvent(id));
        trigger.put("value_template", "{{ value_json.button }}:{{ value_json.gesture }}");
        trigger.put("payload", button + ":" + gesture.wireName());
        trigger.put("type", TRIGGER_TYPES.get(gesture));
        trigger.put("subtype", "button_" + button);
        trigger.put("qos", 1);
        trigger.put("device", Map.of("identifiers", List.of(identifier(id))));
        return trigger;
    }

    private static Map<String, Object> device(DeviceId id, String name, DeviceInfo info) {
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("identifiers", List.of(identifier(id)));
        device.put("name", name);
        device.put("manufacturer", "ledfleet");
        var layout = info.layout();
        String shape = layout == null ? "" : layout.height() > 1
                ? " " + layout.width() + "x" + layout.height()
                : " " + layout.pixels() + " px";
        device.put("model", info.kind().wireName() + shape + (info.output() == null ? "" : " (" + info.output() + ")"));
        device.put("sw_version", info.agentVersion());
        return device;
    }

    static String identifier(DeviceId id) {
        return "ledfleet_" + id.value();
    }
}
