package dev.ledfleet.controller;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledfleet.agent.AgentHandle;
import dev.ledfleet.mqtt.testing.TestBroker;
import dev.ledfleet.mqtt.testing.TestBrokers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Measures how well a group command keeps two devices in phase (numbers go to docs/controller.md;
 * nothing is asserted). Two real agents with the same 24-pixel strip, at 60 fps, through the real
 * controller and broker. For each round, a group command starts {@code chase} (one step per 100 ms)
 * with one shared {@code startAt}; then the latest frames of both agents are copied at the same
 * instant many times. Identical frames mean both show the same step; a frame pair that differs means
 * one device has reached the next step and the other not yet, so the share of differing pairs times
 * the step length estimates the mean phase gap between the two devices. Also reports how long each
 * member took to apply the command, against the 300 ms head start.
 *
 * <pre>mvn -pl controller test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.ledfleet.controller.GroupPhaseProbe -Dexec.args=20</pre>
 */
public final class GroupPhaseProbe {

    private GroupPhaseProbe() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path data = Files.createTempDirectory("phase-probe");
        try (TestBroker broker = TestBrokers.start()) {
            String token = TestAccess.prepare(data);
            Controller controller = Controller.start(ControllerOptions.parse(new String[] {"--http-host", "127.0.0.1",
                    "--http-port", "0", "--mqtt-url", broker.url(), "--base-topic", "probe"}), data);
            try (TestAgents agents = new TestAgents(broker.url(), "probe", data.resolve("agents"))) {
                AgentHandle a = agents.start("strip-a", "strip", "strip:24", 60);
                AgentHandle b = agents.start("strip-b", "strip", "strip:24", 60);
                ApiClient api = new ApiClient(controller.httpPort(), token);
                Eventually.until(() -> api.get("/api/health").json().path("devices").path("online").asInt(), n -> n == 2,
                        java.time.Duration.ofSeconds(20), "two devices online");
                // Let a few clock ticks (every 5 s) reach the agents so their offset estimates settle.
                Thread.sleep(11_000);
                api.post("/api/groups", "{\"name\":\"pair\",\"members\":[\"strip-a\",\"strip-b\"]}");
                List<Long> applyMs = new ArrayList<>();
                long samples = 0;
                long differing = 0;
                int[] frameA = new int[24];
                int[] frameB = new int[24];
                for (int round = 0; round < rounds; round++) {
                    String colour = round % 2 == 0 ? "#ff0000" : "#00ff00";
                    long sent = System.currentTimeMillis();
                    JsonNode result = api.patch("/api/groups/pair/state", "{\"power\":true,\"brightness\":255,"
                            + "\"effect\":\"chase\",\"params\":{\"speed\":0.1,\"color\":\"" + colour + "\"}}").json();
                    for (String member : List.of("strip-a", "strip-b")) {
                        JsonNode last = api.get("/api/devices/" + member + "/commands").json().get(0);
                        applyMs.add(last.path("settledAt").asLong() - sent);
                    }
                    long startAt = result.path("startAt").asLong();
                    Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()) + 200);
                    for (int i = 0; i < 400; i++) {
                        a.engine().copyLatestFrame(frameA);
                        b.engine().copyLatestFrame(frameB);
                        samples++;
                        if (!Arrays.equals(frameA, frameB)) {
                            differing++;
                        }
                        java.util.concurrent.locks.LockSupport.parkNanos(500_000 + (long) (Math.random() * 2_000_000));
                    }
                }
                Collections.sort(applyMs);
                double share = (double) differing / samples;
                System.out.printf("rounds %d, frame pairs %d, differing %d (%.2f %%) -> mean phase gap ~ %.1f ms "
                                + "(step 100 ms, frame period 16.7 ms)%n", rounds, samples, differing, 100 * share, share * 100);
                System.out.printf("apply latency (sent -> applied, HTTP included) p50 %d ms, p90 %d ms, max %d ms, "
                        + "late for the 300 ms head start: %d of %d%n", applyMs.get(applyMs.size() / 2),
                        applyMs.get(applyMs.size() * 9 / 10), applyMs.get(applyMs.size() - 1),
                        applyMs.stream().filter(ms -> ms > 300).count(), applyMs.size());
                System.out.println("broker: " + broker.kind());
            } finally {
                controller.close();
            }
        }
    }
}
