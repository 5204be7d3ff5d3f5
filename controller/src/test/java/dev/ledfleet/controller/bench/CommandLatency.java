package dev.ledfleet.controller.bench;

import dev.ledfleet.mqtt.testing.LatencyStats;

/**
 * Sequential {@code PATCH /api/devices/{id}/state?wait=true}, round-robin over the first N simulated
 * devices, timed from sending the request to the controller's 200 (the agent's state echoed the id).
 */
final class CommandLatency {

    /** Latencies of the commands that were applied, and how many were not. */
    record Result(int devices, LatencyStats stats, int failures) {
    }

    private CommandLatency() {
    }

    /** The REST part alone: {@code GET /api/health}, which answers without any MQTT traffic. */
    static LatencyStats restOnly(Rest rest, int warmup, int count) {
        long[] samples = new long[count];
        for (int i = 0; i < warmup + count; i++) {
            long start = System.nanoTime();
            rest.get("/api/health");
            if (i >= warmup) {
                samples[i - warmup] = System.nanoTime() - start;
            }
        }
        return LatencyStats.ofNanos(samples);
    }

    static Result measure(Rest rest, int devices, int warmup, int count) {
        long[] samples = new long[count];
        int failures = 0;
        for (int i = 0; i < warmup + count; i++) {
            String id = SimulatedFleet.name(i % devices);
            String body = "{\"brightness\":" + (20 + i % 200) + "}";
            long start = System.nanoTime();
            Rest.Reply reply = rest.patch("/api/devices/" + id + "/state?wait=true", body);
            long elapsed = System.nanoTime() - start;
            if (reply.status() != 200) {
                failures++;
            }
            if (i >= warmup) {
                samples[i - warmup] = elapsed;
            }
        }
        return new Result(devices, LatencyStats.ofNanos(samples), failures);
    }
}
