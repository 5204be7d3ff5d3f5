package dev.ledfleet.controller.homeassistant;

import dev.ledfleet.controller.fleet.Device;
import dev.ledfleet.protocol.DeviceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps Home Assistant in step with the fleet: publishes a device's discovery configs once it has
 * announced itself (again when they change, and all of them when Home Assistant restarts), its state
 * in Home Assistant's format whenever that changes, and clears everything when a device is forgotten.
 * Fleet thread only.
 */
public final class HaBridge {

    private final HaDiscovery discovery;
    private final HaTranslation translation;
    private final HaTopics topics;
    private final HaOutbox out;
    private final Map<DeviceId, Map<String, Map<String, Object>>> configs = new HashMap<>();
    private final Map<DeviceId, Map<String, Object>> states = new HashMap<>();

    public HaBridge(HaDiscovery discovery, HaTranslation translation, HaTopics topics, HaOutbox out) {
        this.discovery = discovery;
        this.translation = translation;
        this.topics = topics;
        this.out = out;
    }

    public HaTranslation translation() {
        return translation;
    }

    /** Something about the device changed; publishes what Home Assistant has not seen yet. */
    public void onDevice(Device device) {
        publishConfigs(device, false);
        publishState(device, false);
    }

    public void onRemoved(DeviceId id) {
        Map<String, Map<String, Object>> published = configs.remove(id);
        if (published != null) {
            published.keySet().forEach(topic -> out.publish(topic, null, true));
        }
        if (states.remove(id) != null) {
            out.publish(topics.state(id), null, true);
        }
    }

    /** Home Assistant (re)started: it gets every config and state again. */
    public void onBirth(Collection<Device> devices) {
        for (Device device : devices) {
            publishConfigs(device, true);
            publishState(device, true);
        }
    }

    private void publishConfigs(Device device, boolean always) {
        if (device.info() == null) {
            return;
        }
        Map<String, Map<String, Object>> wanted = new LinkedHashMap<>();
        for (HaDiscovery.Config config : discovery.configs(device.id(), device.name(), device.info())) {
            wanted.put(config.topic(), config.payload());
        }
        Map<String, Map<String, Object>> before = configs.getOrDefault(device.id(), Map.of());
        for (String stale : new ArrayList<>(before.keySet())) {
            if (!wanted.containsKey(stale)) {
                out.publish(stale, null, true);
            }
        }
        wanted.forEach((topic, payload) -> {
            if (always || !payload.equals(before.get(topic))) {
                out.publish(topic, payload, true);
            }
        });
        configs.put(device.id(), wanted);
    }

    private void publishState(Device device, boolean always) {
        if (device.reported() == null) {
            return;
        }
        Map<String, Object> state = translation.state(device.reported());
        if (always || !Objects.equals(state, states.get(device.id()))) {
            states.put(device.id(), state);
            out.publish(topics.state(device.id()), state, true);
        }
    }

    /** The topics published for a device, for tests and diagnostics. */
    List<String> publishedTopics(DeviceId id) {
        return List.copyOf(configs.getOrDefault(id, Map.of()).keySet());
    }
}
