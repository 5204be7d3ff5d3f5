package dev.ledfleet.controller.bench;

import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.mqtt.MqttSettings;
import dev.ledfleet.protocol.DeviceTopic;
import dev.ledfleet.protocol.Topics;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.MessageCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Real agent processes get a command through the controller, then one of them, at random, a
 * {@code kill -9} and a restart. The first state the new process publishes (what it shows after
 * restoring from its state directory, before the controller could re-send anything) must be the
 * state it had before the kill.
 */
final class AgentKillDrill {

    private static final List<String> EFFECTS = List.of("rainbow", "sparkle", "chase", "comet", "solid");
    private static final Duration COMEBACK = Duration.ofSeconds(30);

    private AgentKillDrill() {
    }

    static DrillReport run(String brokerUrl, Rest rest, Path stateDir, int agents, int kills) throws Exception {
        DrillReport report = new DrillReport("agent kill -9");
        Topics topics = Topics.standard();
        MessageCodec codec = MessageCodec.standard();
        Map<String, BlockingQueue<DeviceState>> published = new ConcurrentHashMap<>();
        List<AgentProcess> running = new ArrayList<>();
        try (MqttLink observer = new MqttLink(MqttSettings.of(brokerUrl, "drill-agent-observer"))) {
            observer.subscribe(topics.everyDevice(DeviceTopic.STATE), 1, (topic, payload, retained) -> {
                topics.parse(topic).ifPresent(address -> {
                    try {
                        published.computeIfAbsent(address.device().value(), k -> new LinkedBlockingQueue<>())
                                .add(codec.decodeState(payload));
                    } catch (InvalidMessageException e) {
                        // not a state
                    }
                });
            });
            observer.start().firstConnection().get(10, TimeUnit.SECONDS);
            for (int i = 0; i < agents; i++) {
                AgentProcess agent = new AgentProcess(String.format(Locale.ROOT, "agent-%02d", i), brokerUrl, stateDir);
                agent.start();
                running.add(agent);
            }
            for (AgentProcess agent : running) {
                awaitOnline(rest, agent.id());
            }
            report.step(agents + " agent processes online");
            for (int k = 1; k <= kills; k++) {
                AgentProcess victim = running.get(ThreadLocalRandom.current().nextInt(running.size()));
                String effect = EFFECTS.get(ThreadLocalRandom.current().nextInt(EFFECTS.size()));
                int brightness = ThreadLocalRandom.current().nextInt(10, 250);
                Rest.Reply applied = rest.patch("/api/devices/" + victim.id() + "/state?wait=true&timeoutMs=10000",
                        "{\"effect\":\"" + effect + "\",\"brightness\":" + brightness + "}");
                if (applied.status() != 200) {
                    report.step("kill " + k + ": command to " + victim.id() + " not applied (" + applied.status() + "), skipped");
                    continue;
                }
                GroupFanOut.pause(ThreadLocalRandom.current().nextInt(100, 800));
                victim.kill9();
                BlockingQueue<DeviceState> states = published.computeIfAbsent(victim.id(), key -> new LinkedBlockingQueue<>());
                states.clear();
                victim.start();
                DeviceState first = states.poll(COMEBACK.toMillis(), TimeUnit.MILLISECONDS);
                boolean same = first != null && effect.equals(first.effect()) && first.brightness() == brightness && first.power();
                report.step("kill " + k + ": " + victim.id() + " had " + effect + "@" + brightness + ", came back with "
                        + (first == null ? "nothing within " + COMEBACK.toSeconds() + " s" : first.effect() + "@" + first.brightness()));
                report.check(same, victim.id() + " after kill " + k);
                awaitOnline(rest, victim.id());
            }
        } finally {
            for (AgentProcess agent : running) {
                agent.stop();
            }
        }
        return report;
    }

    private static void awaitOnline(Rest rest, String id) {
        long deadline = System.nanoTime() + COMEBACK.toNanos();
        while (System.nanoTime() < deadline) {
            Rest.Reply reply = rest.trySend(rest.request("/api/devices/" + id).GET());
            if (reply.status() == 200 && "online".equals(reply.json().path("online").asText())) {
                return;
            }
            GroupFanOut.pause(100);
        }
        throw new IllegalStateException(id + " did not come online within " + COMEBACK.toSeconds() + " s");
    }
}
