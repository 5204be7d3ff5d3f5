package dev.ledfleet.controller.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.mqtt.MqttSettings;
import dev.ledfleet.mqtt.testing.MosquittoTestBroker;
import dev.ledfleet.mqtt.testing.TestBroker;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.SetCommand;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Restarts the broker again and again while a client keeps sending commands to random devices, then
 * gives the fleet 5 s: every device must be online at the controller, show (on the device itself)
 * the controller's desired state, and that desired state must be the last command the API accepted.
 */
final class BrokerRestartDrill {

    static final Duration SETTLE = Duration.ofSeconds(5);

    private BrokerRestartDrill() {
    }

    static DrillReport run(TestBroker broker, Rest rest, SimulatedFleet fleet, int restarts) throws Exception {
        DrillReport report = new DrillReport("broker restarts");
        int devices = fleet.size();
        Map<String, Integer> lastAccepted = new ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        Thread load = new Thread(() -> {
            while (loading.get()) {
                String id = SimulatedFleet.name(ThreadLocalRandom.current().nextInt(devices));
                int brightness = ThreadLocalRandom.current().nextInt(1, 256);
                sent.incrementAndGet();
                Rest.Reply reply = rest.trySend(rest.request("/api/devices/" + id + "/state")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"brightness\":" + brightness + "}")));
                // A 202 is the controller's promise; the check at the end holds it to it.
                if (reply.status() == 202) {
                    accepted.incrementAndGet();
                    lastAccepted.put(id, brightness);
                }
                GroupFanOut.pause(5);
            }
        }, "drill-load");
        load.start();
        report.step("load: PATCH brightness to random devices of " + devices + ", one every ~5 ms");
        for (int r = 1; r <= restarts; r++) {
            long down = System.nanoTime();
            // Both ways a broker goes down: a clean stop, and a crash (even restarts and the last one)
            // that leaves no time for last wills, so the controller cannot see devices go offline.
            boolean crash = (r % 2 == 0 || r == restarts) && broker instanceof MosquittoTestBroker;
            if (crash) {
                ((MosquittoTestBroker) broker).kill();
            } else {
                broker.stop();
            }
            GroupFanOut.pause(ThreadLocalRandom.current().nextInt(200, 1500));
            if (r == restarts) {
                loading.set(false);
                load.join(10_000);
            }
            broker.start();
            report.step(String.format(Locale.ROOT, "restart %d/%d (%s): broker down %.0f ms", r, restarts, crash ? "kill -9" : "stop",
                    (System.nanoTime() - down) / 1e6));
            if (r < restarts) {
                GroupFanOut.pause(ThreadLocalRandom.current().nextInt(1000, 3000));
            }
        }
        long back = System.nanoTime();
        report.step("load stopped: " + sent.get() + " commands sent, " + accepted.get() + " accepted (202)");
        long deadline = back + SETTLE.toNanos();
        Map<String, String> problems = problems(rest, fleet, lastAccepted);
        while (!problems.isEmpty() && System.nanoTime() < deadline) {
            GroupFanOut.pause(100);
            problems = problems(rest, fleet, lastAccepted);
        }
        report.step(String.format(Locale.ROOT, "%s after the last restart: %d of %d devices settled",
                problems.isEmpty() ? String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - back) / 1e9) : "5 s",
                devices - problems.size(), devices));
        for (int i = 0; i < devices; i++) {
            String id = SimulatedFleet.name(i);
            report.check(!problems.containsKey(id), id + ": " + problems.get(id));
        }
        if (!problems.isEmpty()) {
            explain(report, rest, fleet, lastAccepted, problems);
        }
        return report;
    }

    /** For the lost devices: their last commands, and whether they settle given another 20 s. */
    private static void explain(DrillReport report, Rest rest, SimulatedFleet fleet, Map<String, Integer> lastAccepted,
            Map<String, String> lost) {
        for (String id : lost.keySet()) {
            Rest.Reply commands = rest.trySend(rest.request("/api/devices/" + id + "/commands").GET());
            StringBuilder history = new StringBuilder();
            if (commands.status() == 200) {
                for (int i = 0; i < Math.min(3, commands.json().size()); i++) {
                    JsonNode c = commands.json().get(i);
                    history.append(i == 0 ? "" : ", ").append(c.path("id").asText()).append(' ')
                            .append(c.path("source").asText()).append(' ').append(c.path("status").asText())
                            .append(' ').append(c.path("patch"));
                }
            }
            JsonNode view = rest.get("/api/devices/" + id).json();
            report.step("diagnosis " + id + ": device connected " + fleet.get(Integer.parseInt(id.substring(4))).isConnected()
                    + ", controller sees reported brightness " + view.path("reported").path("brightness")
                    + ", online " + view.path("online").asText() + "; newest commands: " + history);
        }
        Rest.Reply health = rest.trySend(rest.request("/api/health").GET());
        report.step("diagnosis: controller health " + (health.json() == null ? "no answer" : health.json().toString()));
        report.step("diagnosis: " + probe(fleet, lost.keySet()) + " of " + lost.size()
                + " unsettled devices apply a set published to them directly (so their MQTT session and subscription work)");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Map<String, String> still = problems(rest, fleet, lastAccepted);
        while (!still.isEmpty() && System.nanoTime() < deadline) {
            GroupFanOut.pause(500);
            still = problems(rest, fleet, lastAccepted);
        }
        report.step("diagnosis: 20 s later " + still.size() + " of them still unsettled" + (still.isEmpty() ? "" : ": " + still));
    }

    /** Publishes a set straight to each device, bypassing the controller; counts those that apply it. */
    private static int probe(SimulatedFleet fleet, Set<String> ids) {
        try (MqttLink prober = new MqttLink(MqttSettings.of(fleet.brokerUrl(), "drill-prober"))) {
            prober.start().firstConnection().get(10, TimeUnit.SECONDS);
            for (String id : ids) {
                SetCommand set = new SetCommand("probe-" + id, null, 1, null, null, null, null, null);
                prober.publish(fleet.topics().set(DeviceId.of(id)), fleet.codec().encode(set), 1, false);
            }
            GroupFanOut.pause(2000);
        } catch (Exception e) {
            return -1;
        }
        int applied = 0;
        for (String id : ids) {
            if (("probe-" + id).equals(fleet.get(Integer.parseInt(id.substring(4))).state().commandId())) {
                applied++;
            }
        }
        return applied;
    }

    /** Devices not yet as they should be, with what is wrong. */
    private static Map<String, String> problems(Rest rest, SimulatedFleet fleet, Map<String, Integer> lastAccepted) {
        Map<String, String> problems = new HashMap<>();
        Map<String, JsonNode> byId = new HashMap<>();
        Rest.Reply reply = rest.trySend(rest.request("/api/devices").GET());
        if (reply.status() == 200) {
            reply.json().forEach(device -> byId.put(device.path("id").asText(), device));
        }
        for (SimulatedDevice device : fleet.devices()) {
            String id = device.id().value();
            JsonNode view = byId.get(id);
            Integer wanted = lastAccepted.get(id);
            int shows = device.state().brightness();
            if (view == null) {
                problems.put(id, "not listed by the controller");
            } else if (!"online".equals(view.path("online").asText())) {
                problems.put(id, "controller sees it " + view.path("online").asText());
            } else if (view.path("desired").path("brightness").asInt(-1) != shows) {
                problems.put(id, "shows brightness " + shows + ", desired " + view.path("desired").path("brightness"));
            } else if (wanted != null && wanted != shows) {
                problems.put(id, "shows brightness " + shows + ", last accepted command said " + wanted);
            }
        }
        return problems;
    }
}
