package dev.ledfleet.controller.automation;

import dev.ledfleet.controller.fleet.CommandSource;
import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.controller.homeassistant.HaTopics;
import dev.ledfleet.controller.runtime.FleetGate;
import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.MessageCodec;
import dev.ledfleet.protocol.message.SetCommand;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What other automation publishes to the controller: set patches for groups, scenes to apply, and
 * Home Assistant's birth message and light commands. Each becomes a fleet command, acknowledged like
 * one from the REST API; what cannot be understood is logged and dropped.
 */
final class MqttApi {

    private static final System.Logger LOG = System.getLogger(MqttApi.class.getName());
    static final long COMMAND_TIMEOUT_MS = 5_000;

    private final MqttLink link;
    private final MessageCodec codec;
    private final FleetGate gate;
    private final Automation automation;
    private final AutomationTopics apiTopics;
    private final HaTopics haTopics;
    private final JsonBridge json;

    MqttApi(MqttLink link, MessageCodec codec, FleetGate gate, Automation automation, AutomationTopics apiTopics,
            HaTopics haTopics, JsonBridge json) {
        this.link = link;
        this.codec = codec;
        this.gate = gate;
        this.automation = automation;
        this.apiTopics = apiTopics;
        this.haTopics = haTopics;
        this.json = json;
    }

    void subscribe() {
        link.subscribe(apiTopics.everyGroupSet(), 1, this::onGroupSet);
        link.subscribe(apiTopics.everySceneApply(), 1, this::onSceneApply);
        link.subscribe(haTopics.birth(), 1, (topic, payload, retained) -> onHaBirth(payload));
        link.subscribe(haTopics.everyCommand(), 1, (topic, payload, retained) -> onHaCommand(topic, payload, retained));
    }

    private void onGroupSet(String topic, byte[] payload, boolean retained) {
        String group = apiTopics.group(topic);
        if (group == null || retained || payload.length == 0) {
            return;
        }
        try {
            SetCommand patch = codec.decodeSet(payload);
            gate.callAsync(f -> f.fanOut().group(group, patch, COMMAND_TIMEOUT_MS))
                    .onFailure(e -> LOG.log(System.Logger.Level.WARNING, "{0}: {1}", topic, e.getMessage()));
        } catch (InvalidMessageException e) {
            LOG.log(System.Logger.Level.WARNING, "ignoring invalid set on {0}: {1}", topic, e.getMessage());
        }
    }

    private void onSceneApply(String topic, byte[] payload, boolean retained) {
        String scene = apiTopics.scene(topic);
        if (scene == null || retained) {
            return;
        }
        gate.callAsync(f -> f.fanOut().scene(scene, COMMAND_TIMEOUT_MS))
                .onFailure(e -> LOG.log(System.Logger.Level.WARNING, "{0}: {1}", topic, e.getMessage()));
    }

    private void onHaBirth(byte[] payload) {
        if ("online".equals(new String(payload, StandardCharsets.UTF_8).trim())) {
            gate.run(f -> automation.homeAssistant().onBirth(f.devices()));
        }
    }

    private void onHaCommand(String topic, byte[] payload, boolean retained) {
        DeviceId id = haTopics.commandDevice(topic);
        if (id == null || retained || payload.length == 0) {
            return;
        }
        Object plain;
        try {
            plain = json.plain(payload);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "ignoring Home Assistant command on {0}: {1}", topic, e.getMessage());
            return;
        }
        if (!(plain instanceof Map<?, ?> command)) {
            LOG.log(System.Logger.Level.WARNING, "ignoring Home Assistant command on {0}: not a JSON object", topic);
            return;
        }
        gate.call(f -> {
            DeviceState current = f.isKnown(id) ? f.device(id).reported() : null;
            SetCommand patch = automation.homeAssistant().translation().command(command, current);
            return f.send(id, patch, CommandSource.HOME_ASSISTANT, COMMAND_TIMEOUT_MS).sent().id();
        }).onFailure(e -> LOG.log(System.Logger.Level.WARNING, "Home Assistant command on {0} refused: {1}", topic,
                e instanceof FleetException || e instanceof IllegalArgumentException ? e.getMessage() : e.toString()));
    }
}
