package dev.ledfleet.protocol;

import java.util.Objects;
import java.util.Optional;

/**
 * Every MQTT topic of the protocol, built in one place. The base defaults to {@code ledfleet}, so a
 * device's command topic is {@code ledfleet/kitchen-lamp/set}.
 */
public final class Topics {

    public static final String DEFAULT_BASE = "ledfleet";

    private final String base;

    public Topics(String base) {
        Objects.requireNonNull(base, "base");
        if (base.isEmpty() || base.startsWith("/") || base.endsWith("/")
                || base.contains("+") || base.contains("#") || base.contains("//")) {
            throw new IllegalArgumentException(
                    "topic base must be non-empty, without wildcards and without leading, trailing or double '/': \""
                            + base + '"');
        }
        this.base = base;
    }

    public static Topics standard() {
        return new Topics(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public String status(DeviceId id) {
        return device(id, DeviceTopic.STATUS);
    }

    public String info(DeviceId id) {
        return device(id, DeviceTopic.INFO);
    }

    public String state(DeviceId id) {
        return device(id, DeviceTopic.STATE);
    }

    public String set(DeviceId id) {
        return device(id, DeviceTopic.SET);
    }

    public String buttonEvent(DeviceId id) {
        return device(id, DeviceTopic.BUTTON_EVENT);
    }

    public String frameRequest(DeviceId id) {
        return device(id, DeviceTopic.FRAME_REQUEST);
    }

    public String frame(DeviceId id) {
        return device(id, DeviceTopic.FRAME);
    }

    public String error(DeviceId id) {
        return device(id, DeviceTopic.ERROR);
    }

    public String favourites(DeviceId id) {
        return device(id, DeviceTopic.FAVOURITES);
    }

    public String simulatedButton(DeviceId id) {
        return device(id, DeviceTopic.SIMULATED_BUTTON);
    }

    public String device(DeviceId id, DeviceTopic topic) {
        return base + '/' + id.value() + '/' + topic.suffix();
    }

    /** Subscription filter matching one kind of topic on every device, e.g. {@code ledfleet/+/state}. */
    public String everyDevice(DeviceTopic topic) {
        return base + "/+/" + topic.suffix();
    }

    /** The controller's clock, published for agents to estimate their offset for synchronised starts. */
    public String clock() {
        return base + "/$clock";
    }

    public String groupSet(String group) {
        return base + "/group/" + Names.requireTopicLevel(group, "group name") + "/set";
    }

    public String sceneApply(String scene) {
        return base + "/scene/" + Names.requireTopicLevel(scene, "scene name") + "/apply";
    }

    /**
     * Reads a device topic back into its device and kind; empty for anything that is not one, for
     * example a topic of another base, an invalid id, or a group topic.
     */
    public Optional<DeviceAddress> parse(String topic) {
        if (topic == null || !topic.startsWith(base + '/')) {
            return Optional.empty();
        }
        String rest = topic.substring(base.length() + 1);
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String idText = rest.substring(0, slash);
        if (!DeviceId.isValid(idText) || idText.equals("group") || idText.equals("scene")) {
            return Optional.empty();
        }
        return DeviceTopic.fromSuffix(rest.substring(slash + 1))
                .map(kind -> new DeviceAddress(DeviceId.of(idText), kind));
    }

    /** A device and which of its topics a message arrived on. */
    public record DeviceAddress(DeviceId device, DeviceTopic topic) {
    }
}
