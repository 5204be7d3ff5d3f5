package dev.ledfleet.controller.automation;

import dev.ledfleet.controller.button.ButtonMappings;
import dev.ledfleet.controller.button.ButtonResponder;
import dev.ledfleet.controller.fleet.Connectivity;
import dev.ledfleet.controller.fleet.Device;
import dev.ledfleet.controller.fleet.Fleet;
import dev.ledfleet.controller.fleet.FleetEvent;
import dev.ledfleet.controller.homeassistant.HaBridge;
import dev.ledfleet.controller.rules.RuleEngine;
import dev.ledfleet.controller.rules.RuleStore;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.ButtonEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything that drives the fleet without a person at the API: button mappings, rules and the Home
 * Assistant bridge, fed with what arrives over MQTT and what the fleet reports. Lives on the fleet's
 * thread; {@link AutomationVerticle} hands everything in there.
 */
public final class Automation {

    /** The same message seen again this soon on the same subscription is a broker duplicate. */
    static final long DUPLICATE_WINDOW_MS = 250;

    private final Fleet fleet;
    private final ButtonMappings buttons;
    private final ButtonResponder responder;
    private final RuleStore rules;
    private final HaBridge homeAssistant;
    private final FleetNames names;
    private final Map<DeviceId, Connectivity> connectivity = new HashMap<>();
    private final Map<String, ButtonEvent> lastButtonEvents = new HashMap<>();
    private final Map<String, Recent> recentMessages = new HashMap<>();

    private record Recent(byte[] payload, long at) {
    }

    Automation(Fleet fleet, ButtonMappings buttons, RuleStore rules, HaBridge homeAssistant) {
        this.fleet = fleet;
        this.buttons = buttons;
        this.responder = new ButtonResponder(fleet, buttons);
        this.rules = rules;
        this.homeAssistant = homeAssistant;
        this.names = new FleetNames(fleet);
    }

    public Fleet fleet() {
        return fleet;
    }

    public ButtonMappings buttons() {
        return buttons;
    }

    public RuleStore rules() {
        return rules;
    }

    FleetNames names() {
        return names;
    }

    HaBridge homeAssistant() {
        return homeAssistant;
    }

    RuleEngine engine() {
        return rules.engine();
    }

    /**
     * A button event as the device published it. The same event again (same seq and device time) is
     * a broker duplicate and ignored; an agent that restarted counts from the start again, but with
     * a later time.
     */
    void onButton(DeviceId device, ButtonEvent event) {
        String key = device.value() + "#" + event.button();
        ButtonEvent last = lastButtonEvents.put(key, event);
        if (last != null && last.seq() == event.seq() && last.ts() == event.ts()) {
            return;
        }
        responder.onEvent(device, event);
        rules.engine().onButton(device.value(), event, Instant.ofEpochMilli(fleet.clock().millis()));
    }

    /** A message on a rule's topic filter. */
    void onRuleMessage(String filter, String topic, byte[] payload) {
        long now = fleet.clock().millis();
        String key = filter + '\0' + topic;
        Recent before = recentMessages.put(key, new Recent(payload, now));
        if (before != null && now - before.at() < DUPLICATE_WINDOW_MS && Arrays.equals(before.payload(), payload)) {
            return;
        }
        if (recentMessages.size() > 1_000) {
            recentMessages.entrySet().removeIf(e -> now - e.getValue().at() >= DUPLICATE_WINDOW_MS);
        }
        rules.engine().onMqtt(filter, topic, payload, Instant.ofEpochMilli(now));
    }

    void tick() {
        rules.engine().tick(Instant.ofEpochMilli(fleet.clock().millis()));
    }

    void onFleetEvent(FleetEvent event) {
        if (event instanceof FleetEvent.DeviceChanged changed) {
            Device device = changed.device();
            Connectivity before = connectivity.put(device.id(), device.connectivity());
            // From unknown is how a device first appears (retained status at start-up), not a change.
            if (before != null && before != Connectivity.UNKNOWN && before != device.connectivity()
                    && device.connectivity() != Connectivity.UNKNOWN) {
                rules.engine().onConnectivity(device.id().value(), device.connectivity() == Connectivity.ONLINE,
                        Instant.ofEpochMilli(fleet.clock().millis()));
            }
            homeAssistant.onDevice(device);
        } else if (event instanceof FleetEvent.ButtonPressed pressed) {
            onButton(pressed.device(), pressed.event());
        } else if (event instanceof FleetEvent.DeviceRemoved removed) {
            connectivity.remove(removed.device());
            homeAssistant.onRemoved(removed.device());
        }
    }
}
