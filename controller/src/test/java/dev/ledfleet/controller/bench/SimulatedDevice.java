package dev.ledfleet.controller.bench;

import dev.ledfleet.agent.engine.StatePatch;
import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.mqtt.MqttSettings;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.Topics;
import dev.ledfleet.protocol.message.ButtonEvent;
import dev.ledfleet.protocol.message.ButtonGesture;
import dev.ledfleet.protocol.message.CommandError;
import dev.ledfleet.protocol.message.DeviceInfo;
import dev.ledfleet.protocol.message.DeviceKind;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.DeviceStatus;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.LayoutInfo;
import dev.ledfleet.protocol.message.MessageCodec;
import dev.ledfleet.protocol.message.SetCommand;
import dev.ledfleet.protocol.message.Wiring;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A device as the controller sees it, without LEDs: its own MQTT session through {@link MqttLink}
 * (client id, retained last will), the protocol's messages and the agent engine's {@link StatePatch}
 * rules, but no frame loop. A real {@code Agent} costs a frame thread and a renderer per device;
 * a thousand of them would measure this machine's scheduler rather than the controller.
 */
final class SimulatedDevice implements AutoCloseable {

    static final String INITIAL_EFFECT = "solid";

    private final DeviceId id;
    private final Topics topics;
    private final MessageCodec codec;
    private final MqttLink link;
    private final List<String> effects;
    private final long startedAt = System.currentTimeMillis();
    private final AtomicLong buttonSeq = new AtomicLong();
    private volatile DeviceState state = new DeviceState(true, 128, INITIAL_EFFECT, Map.of(), 0, null, null, null, null);

    SimulatedDevice(String brokerUrl, Topics topics, MessageCodec codec, List<String> effects, DeviceId id) {
        this.id = id;
        this.effects = effects;
        this.topics = topics;
        this.codec = codec;
        MqttSettings settings = MqttSettings.of(brokerUrl, "sim-" + id.value())
                .withWill(new MqttSettings.Will(topics.status(id), bytes(DeviceStatus.OFFLINE.wireText()), 1, true))
                .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(2));
        this.link = new MqttLink(settings);
        link.subscribe(topics.set(id), 1, (topic, payload, retained) -> onSet(payload));
        link.onConnectionChange(connected -> {
            if (connected) {
                announce();
            }
        });
    }

    /** Connects; completes once the device is connected and has announced itself. */
    CompletableFuture<Void> start() {
        return link.start().firstConnection();
    }

    DeviceId id() {
        return id;
    }

    DeviceState state() {
        return state;
    }

    boolean isConnected() {
        return link.isConnected();
    }

    /** Publishes a button gesture exactly as an agent does, with a rising sequence number. */
    CompletableFuture<Void> press(int button, ButtonGesture gesture) {
        ButtonEvent event = new ButtonEvent(button, gesture, buttonSeq.incrementAndGet(), System.currentTimeMillis());
        return link.publish(topics.buttonEvent(id), codec.encode(event), 1, false);
    }

    // The agent's connect sequence: online, info, then what it shows, all retained.
    private void announce() {
        DeviceInfo info = new DeviceInfo(id.value(), id.value(), DeviceKind.STRIP,
                new LayoutInfo(24, 24, 1, Wiring.PROGRESSIVE), "virtual", 5, "bench", effects, 1, startedAt);
        link.publish(topics.status(id), bytes(DeviceStatus.ONLINE.wireText()), 1, true);
        link.publish(topics.info(id), codec.encode(info), 1, true);
        link.publish(topics.state(id), codec.encode(state), 1, true);
    }

    private void onSet(byte[] payload) {
        SetCommand command;
        try {
            command = codec.decodeSet(payload);
        } catch (InvalidMessageException e) {
            link.publish(topics.error(id), codec.encode(new CommandError(null, e.field(), e.getMessage())), 1, false);
            return;
        }
        DeviceState next = StatePatch.apply(state, command);
        state = next;
        link.publish(topics.state(id), codec.encode(next), 1, true);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        link.close();
    }
}
