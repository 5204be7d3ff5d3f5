package dev.ledfleet.controller.bench;

import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.Topics;
import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.message.MessageCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Simulated devices named {@code sim-0000}, {@code sim-0001}..., grown on demand, all on one broker. */
final class SimulatedFleet implements AutoCloseable {

    private final String brokerUrl;
    private final Topics topics = Topics.standard();
    private final MessageCodec codec = MessageCodec.standard();
    private final List<String> effects = EffectCatalog.standard().ids();
    private final List<SimulatedDevice> devices = new ArrayList<>();

    SimulatedFleet(String brokerUrl) {
        this.brokerUrl = brokerUrl;
    }

    static String name(int index) {
        return String.format(Locale.ROOT, "sim-%04d", index);
    }

    /** Starts devices until there are {@code count}, in batches so the broker sees no connect storm. */
    void growTo(int count) throws Exception {
        while (devices.size() < count) {
            List<CompletableFuture<Void>> batch = new ArrayList<>();
            for (int i = 0; i < 50 && devices.size() < count; i++) {
                SimulatedDevice device = new SimulatedDevice(brokerUrl, topics, codec, effects, DeviceId.of(name(devices.size())));
                devices.add(device);
                batch.add(device.start());
            }
            CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }
    }

    List<SimulatedDevice> devices() {
        return devices;
    }

    SimulatedDevice get(int index) {
        return devices.get(index);
    }

    int size() {
        return devices.size();
    }

    String brokerUrl() {
        return brokerUrl;
    }

    Topics topics() {
        return topics;
    }

    MessageCodec codec() {
        return codec;
    }

    @Override
    public void close() {
        devices.parallelStream().forEach(SimulatedDevice::close);
        devices.clear();
    }
}
