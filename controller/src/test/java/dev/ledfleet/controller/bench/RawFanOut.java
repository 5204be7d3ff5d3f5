package dev.ledfleet.controller.bench;

import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.mqtt.MqttSettings;
import dev.ledfleet.mqtt.testing.LatencyStats;
import dev.ledfleet.protocol.DeviceTopic;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The baseline for group fan-out without the controller: one MQTT client publishes a {@code set} to
 * each of the simulated devices and waits for every device's state echoing it. Same broker, same
 * devices, same machine as {@link GroupFanOut}, so the difference is what the controller adds.
 */
final class RawFanOut {

    /** Timings of repetitions, and how many did not see every echo within 10 s. */
    record Result(int members, LatencyStats stats, int incomplete) {
    }

    private RawFanOut() {
    }

    static Result measure(SimulatedFleet fleet, String brokerUrl, int warmup, int count) throws Exception {
        int members = fleet.size();
        AtomicReference<String> round = new AtomicReference<>("none");
        AtomicReference<CountDownLatch> echoes = new AtomicReference<>(new CountDownLatch(0));
        try (MqttLink sender = new MqttLink(MqttSettings.of(brokerUrl, "bench-raw-fanout").withMaxInflight(65_000))) {
            sender.subscribe(fleet.topics().everyDevice(DeviceTopic.STATE), 1, (topic, payload, retained) -> {
                try {
                    DeviceState state = fleet.codec().decodeState(payload);
                    if (state.commandId() != null && state.commandId().startsWith(round.get())) {
                        echoes.get().countDown();
                    }
                } catch (InvalidMessageException e) {
                    // not a state
                }
            });
            sender.start().firstConnection().get(10, TimeUnit.SECONDS);
            GroupFanOut.pause(1000);
            long[] samples = new long[count];
            int incomplete = 0;
            for (int r = 0; r < warmup + count; r++) {
                String prefix = "raw" + r + "-";
                CountDownLatch latch = new CountDownLatch(members);
                echoes.set(latch);
                round.set(prefix);
                long start = System.nanoTime();
                for (SimulatedDevice device : fleet.devices()) {
                    SetCommand set = new SetCommand(prefix + device.id().value(), null, 30 + r % 150, null, null, null, null, null);
                    sender.publish(fleet.topics().set(device.id()), fleet.codec().encode(set), 1, false);
                }
                boolean all = latch.await(10, TimeUnit.SECONDS);
                long elapsed = System.nanoTime() - start;
                if (!all) {
                    incomplete++;
                }
                if (r >= warmup) {
                    samples[r - warmup] = elapsed;
                }
                GroupFanOut.pause(200);
            }
            return new Result(members, LatencyStats.ofNanos(samples), incomplete);
        }
    }
}
