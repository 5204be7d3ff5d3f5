package dev.ledfleet.controller.homeassistant;

import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.Names;
import dev.ledfleet.protocol.Topics;

/**
 * The Home Assistant topics, built in one place: discovery configs under the discovery prefix
 * (default {@code homeassistant}), and each device's bridge topics {@code <base>/<id>/ha/set} and
 * {@code <base>/<id>/ha/state} in Home Assistant's JSON light schema.
 */
public record HaTopics(String prefix, Topics topics) {

    public static final String DEFAULT_PREFIX = "homeassistant";
    /** The node id grouping ledfleet's discovery topics. */
    static final String NODE = "ledfleet";

    public HaTopics {
        if (prefix == null || prefix.isEmpty() || prefix.contains("+") || prefix.contains("#")
                || prefix.startsWith("/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("the discovery prefix must be a topic without wildcards, got \"" + prefix + '"');
        }
    }

    /** Where Home Assistant announces itself: {@code online} after every start. */
    public String birth() {
        return prefix + "/status";
    }

    public String lightConfig(DeviceId id) {
        return prefix + "/light/" + NODE + "/" + id.value() + "/config";
    }

    public String triggerConfig(DeviceId id, int button, String gesture) {
        return prefix + "/device_automation/" + NODE + "/" + id.value() + "_button_" + button + "_"
                + Names.requireTopicLevel(gesture, "gesture") + "/config";
    }

    public String command(DeviceId id) {
        return topics.base() + "/" + id.value() + "/ha/set";
    }

    public String state(DeviceId id) {
        return topics.base() + "/" + id.value() + "/ha/state";
    }

    /** Subscription filter for the command topics of every device. */
    public String everyCommand() {
        return topics.base() + "/+/ha/set";
    }

    /** The device a command topic belongs to, or null for any other topic. */
    public DeviceId commandDevice(String topic) {
        String head = topics.base() + "/";
        if (!topic.startsWith(head) || !topic.endsWith("/ha/set")) {
            return null;
        }
        String id = topic.substring(head.length(), topic.length() - "/ha/set".length());
        return DeviceId.isValid(id) ? DeviceId.of(id) : null;
    }
}
