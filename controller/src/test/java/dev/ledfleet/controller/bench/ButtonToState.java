package dev.ledfleet.controller.bench;

import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.mqtt.MqttSettings;
import dev.ledfleet.mqtt.testing.LatencyStats;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.ButtonGesture;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.InvalidMessageException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A click on one device's button, mapped (button mappings, {@code PUT /api/devices/{id}/buttons}) to a
 * power toggle of another device, timed from the button event's publish to the target's new state
 * arriving at an observer subscribed to the target's state topic.
 */
final class ButtonToState {

    /** Timings of presses whose toggle arrived, and how many got none within 5 s. */
    record Result(LatencyStats stats, int lost) {
    }

    private ButtonToState() {
    }

    static Result measure(Rest rest, SimulatedFleet fleet, String brokerUrl, int warmup, int count) throws Exception {
        SimulatedDevice button = fleet.get(0);
        DeviceId target = fleet.get(1).id();
        Rest.Reply mapped = rest.put("/api/devices/" + button.id().value() + "/buttons",
                "{\"mappings\":[{\"button\":1,\"gesture\":\"click\",\"action\":{\"type\":\"power-toggle\"},"
                        + "\"target\":{\"device\":\"" + target.value() + "\"}}]}");
        if (!mapped.ok()) {
            throw new IllegalStateException("cannot map the button: " + mapped);
        }
        BlockingQueue<DeviceState> states = new LinkedBlockingQueue<>();
        try (MqttLink observer = new MqttLink(MqttSettings.of(brokerUrl, "bench-observer"))) {
            observer.subscribe(fleet.topics().state(target), 1, (topic, payload, retained) -> {
                try {
                    states.add(fleet.codec().decodeState(payload));
                } catch (InvalidMessageException e) {
                    // not a state; ignored
                }
            });
            observer.start().firstConnection().get(10, TimeUnit.SECONDS);
            GroupFanOut.pause(500);
            long[] samples = new long[count];
            int measured = 0;
            int lost = 0;
            for (int i = 0; i < warmup + count; i++) {
                states.clear();
                String before = fleet.get(1).state().commandId();
                long start = System.nanoTime();
                button.press(1, ButtonGesture.CLICK);
                long elapsed = awaitNewCommand(states, before, start);
                if (elapsed < 0) {
                    lost++;
                } else if (i >= warmup) {
                    samples[measured++] = elapsed;
                }
                GroupFanOut.pause(30);
            }
            return new Result(LatencyStats.ofNanos(Arrays.copyOf(samples, measured)), lost);
        }
    }

    private static long awaitNewCommand(BlockingQueue<DeviceState> states, String before, long start)
            throws InterruptedException {
        long deadline = start + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            DeviceState state = states.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (state != null && state.commandId() != null && !Objects.equals(state.commandId(), before)) {
                return System.nanoTime() - start;
            }
        }
        return -1;
    }
}
