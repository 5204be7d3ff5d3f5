package dev.ledfleet.controller.bench;

import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.mqtt.MqttSettings;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.Topics;
import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.message.DeviceInfo;
import dev.ledfleet.protocol.message.DeviceKind;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.DeviceStatus;
import dev.ledfleet.protocol.message.LayoutInfo;
import dev.ledfleet.protocol.message.MessageCodec;
import dev.ledfleet.protocol.message.Wiring;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Registers many devices without a connection each: a few clients publish the retained
 * {@code status}, {@code info} and {@code state} every agent publishes on connect, which is all the
 * controller needs to list a device.
 */
final class RetainedDevices {

    private static final int CLIENTS = 4;
    private static final int WINDOW = 300;

    private RetainedDevices() {
    }

    static String name(int index) {
        return String.format(Locale.ROOT, "reg-%05d", index);
    }

    /** Publishes devices {@code reg-<from>} up to (excluding) {@code reg-<to>}; returns when the broker has them all. */
    static void publish(String brokerUrl, int from, int to) throws Exception {
        Topics topics = Topics.standard();
        MessageCodec codec = MessageCodec.standard();
        List<String> effects = EffectCatalog.standard().ids();
        List<MqttLink> links = new ArrayList<>();
        try {
            for (int c = 0; c < CLIENTS; c++) {
                MqttLink link = new MqttLink(MqttSettings.of(brokerUrl, "bench-registrar-" + c));
                link.start().firstConnection().get(10, TimeUnit.SECONDS);
                links.add(link);
            }
            List<CompletableFuture<Void>> window = new ArrayList<>();
            for (int i = from; i < to; i++) {
                DeviceId id = DeviceId.of(name(i));
                MqttLink link = links.get(i % CLIENTS);
                DeviceInfo info = new DeviceInfo(id.value(), id.value(), DeviceKind.STRIP,
                        new LayoutInfo(24, 24, 1, Wiring.PROGRESSIVE), "virtual", 5, "bench", effects, 1, System.currentTimeMillis());
                DeviceState state = new DeviceState(true, 100, SimulatedDevice.INITIAL_EFFECT, Map.of(), 0, null, null, null, null);
                window.add(link.publish(topics.status(id), DeviceStatus.ONLINE.wireText().getBytes(StandardCharsets.US_ASCII), 1, true));
                window.add(link.publish(topics.info(id), codec.encode(info), 1, true));
                window.add(link.publish(topics.state(id), codec.encode(state), 1, true));
                if (window.size() >= WINDOW) {
                    CompletableFuture.allOf(window.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
                    window.clear();
                }
            }
            CompletableFuture.allOf(window.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } finally {
            links.forEach(MqttLink::close);
        }
    }
}
