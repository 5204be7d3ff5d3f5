package dev.ledfleet.controller.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledfleet.mqtt.testing.LatencyStats;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One group holding every simulated device; {@code PATCH /api/groups/{name}/state} waits until each
 * member has confirmed, so its response time is the time to full acknowledgement.
 */
final class GroupFanOut {

    /** Timings of repetitions where every member reported {@code applied}, and how many did not. */
    record Result(int members, LatencyStats stats, int incompleteRepetitions, int lastAppliedCount) {
    }

    private GroupFanOut() {
    }

    static Result measure(Rest rest, int members, int warmup, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            names.add("\"" + SimulatedFleet.name(i) + "\"");
        }
        Rest.Reply created = rest.put("/api/groups/fleet", "{\"name\":\"fleet\",\"members\":[" + String.join(",", names) + "]}");
        if (!created.ok()) {
            throw new IllegalStateException("cannot create the group: " + created);
        }
        long[] samples = new long[count];
        int incomplete = 0;
        int applied = 0;
        for (int i = 0; i < warmup + count; i++) {
            long start = System.nanoTime();
            Rest.Reply reply = rest.patch("/api/groups/fleet/state?timeoutMs=10000", "{\"brightness\":" + (30 + i % 150) + "}");
            long elapsed = System.nanoTime() - start;
            applied = appliedMembers(reply.json());
            if (reply.status() != 200 || applied != members) {
                incomplete++;
            }
            if (i >= warmup) {
                samples[i - warmup] = elapsed;
            }
            pause(200);
        }
        return new Result(members, LatencyStats.ofNanos(samples), incomplete, applied);
    }

    private static int appliedMembers(JsonNode reply) {
        if (reply == null || !reply.has("members")) {
            return 0;
        }
        int applied = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = reply.get("members").fields(); it.hasNext(); ) {
            if ("applied".equals(it.next().getValue().path("status").asText())) {
                applied++;
            }
        }
        return applied;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
