package dev.ledfleet.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.output.VirtualOutput;
import dev.ledfleet.mqtt.testing.MessageRecorder;
import dev.ledfleet.mqtt.testing.MqttBrokerExtension;
import dev.ledfleet.mqtt.testing.TestBroker;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.Topics;
import dev.ledfleet.protocol.message.ButtonEvent;
import dev.ledfleet.protocol.message.ButtonGesture;
import dev.ledfleet.protocol.message.CommandError;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.FrameCodec;
import dev.ledfleet.protocol.message.MessageCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Real agents (in-process, real engine, virtual output) against a real broker. */
@ExtendWith(MqttBrokerExtension.class)
class AgentIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Topics TOPICS = Topics.standard();
    private static final MessageCodec CODEC = MessageCodec.standard();

    @TempDir
    Path stateDir;

    private AgentHandle agent(TestBroker broker, String id) throws Exception {
        return Agent.start(AgentConfig.fromOptions(Map.of("id", id, "layout", "strip:8", "output", "virtual",
                "mqtt-url", broker.url(), "state-dir", stateDir.toString(), "fps", "60")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void publish(MessageRecorder client, String topic, String json, boolean retained) throws Exception {
        client.link().publish(topic, bytes(json), 1, retained).get(5, TimeUnit.SECONDS);
    }

    private static DeviceState state(MessageRecorder.Message message) throws Exception {
        return CODEC.decodeState(message.payload());
    }

    /** Waits for a condition on another thread; the limit only guards against a hang. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long giveUp = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(giveUp);
            Thread.sleep(10);
        }
    }

    @Test
    void set_becomesTheRetainedStateWithItsId(TestBroker broker) throws Exception {
        DeviceId id = DeviceId.of("it-set");
        try (AgentHandle agent = agent(broker, id.value());
             MessageRecorder client = MessageRecorder.connect(broker, TOPICS.base() + "/" + id.value() + "/#")) {
            client.await(TOPICS.status(id), "online"::equals, WAIT);

            publish(client, TOPICS.set(id), "{\"id\":\"c-1\",\"brightness\":255,\"effect\":\"solid\",\"params\":{\"color\":\"#00ff00\"}}", false);
            client.await(TOPICS.state(id), text -> text.contains("\"c-1\""), WAIT);

            try (MessageRecorder late = MessageRecorder.connect(broker, TOPICS.state(id))) {
                DeviceState retained = state(late.await(TOPICS.state(id), text -> true, WAIT));
                assertThat(retained.commandId()).isEqualTo("c-1");
                assertThat(retained.effect()).isEqualTo("solid");
                assertThat(retained.params()).containsEntry("color", "#00ff00");
                assertThat(retained.brightness()).isEqualTo(255);
            }
            VirtualOutput output = (VirtualOutput) agent.output();
            await(() -> output.latestFrame()[7] == 0x00ff00, "the LEDs turn green");
        }
    }

    @Test
    void invalidSet_yieldsAnErrorAndChangesNothing(TestBroker broker) throws Exception {
        DeviceId id = DeviceId.of("it-invalid");
        try (AgentHandle agent = agent(broker, id.value());
             MessageRecorder client = MessageRecorder.connect(broker, TOPICS.base() + "/" + id.value() + "/#")) {
            client.await(TOPICS.status(id), "online"::equals, WAIT);
            publish(client, TOPICS.set(id), "{\"id\":\"c-ok\",\"brightness\":40}", false);
            client.await(TOPICS.state(id), text -> text.contains("\"c-ok\""), WAIT);
            DeviceState before = agent.engine().state();

            publish(client, TOPICS.set(id), "{\"id\":\"bad-1\",\"brightness\":999,\"effect\":\"solid\"}", false);
            publish(client, TOPICS.set(id), "{\"id\":\"bad-2\",\"effect\":\"no-such-effect\"}", false);
            publish(client, TOPICS.set(id), "{\"id\":\"bad-3\",\"power\":", false);

            CommandError range = CODEC.decodeError(client.await(TOPICS.error(id), t -> t.contains("bad-1"), WAIT).payload());
            assertThat(range.field()).isEqualTo("brightness");
            assertThat(range.message()).contains("999");
            CommandError unknown = CODEC.decodeError(client.await(TOPICS.error(id), t -> t.contains("bad-2"), WAIT).payload());
            assertThat(unknown.field()).isEqualTo("effect");
            CommandError malformed = CODEC.decodeError(client.await(TOPICS.error(id), t -> t.contains("malformed"), WAIT).payload());
            assertThat(malformed.commandId()).isNull();

            // A valid command sent after the bad ones proves they were all processed before it.
            publish(client, TOPICS.set(id), "{\"id\":\"c-probe\",\"transitionMs\":0}", false);
            DeviceState after = state(client.await(TOPICS.state(id), text -> text.contains("c-probe"), WAIT));
            assertThat(after.brightness()).isEqualTo(before.brightness());
            assertThat(after.effect()).isEqualTo(before.effect());
            assertThat(client.received(TOPICS.state(id))).noneMatch(m -> m.text().contains("bad-"));
        }
    }

    @Test
    void brokerRestart_agentReconnectsResubscribesAndObeysTheNextCommand(TestBroker broker) throws Exception {
        DeviceId id = DeviceId.of("it-restart");
        try (AgentHandle agent = agent(broker, id.value());
             MessageRecorder client = MessageRecorder.connect(broker, TOPICS.base() + "/" + id.value() + "/#")) {
            client.await(TOPICS.status(id), "online"::equals, WAIT);
            client.clear();

            broker.restart();

            // The broker keeps nothing across the restart, so 'online' now means the agent announced
            // itself again, which it does only after re-subscribing.
            client.await(TOPICS.status(id), "online"::equals, WAIT);
            publish(client, TOPICS.set(id), "{\"id\":\"c-after-restart\",\"brightness\":200}", false);
            DeviceState state = state(client.await(TOPICS.state(id), t -> t.contains("c-after-restart"), WAIT));
            assertThat(state.brightness()).isEqualTo(200);
            assertThat(agent.isConnected()).isTrue();
        }
    }

    @Test
    void agentStartedBeforeTheBroker_keepsTryingAndAnnouncesItselfWhenItComesUp(TestBroker broker) throws Exception {
        DeviceId id = DeviceId.of("it-early");
        broker.stop();
        try (AgentHandle agent = agent(broker, id.value())) {
            assertThat(agent.isConnected()).isFalse();
            broker.start();
            try (MessageRecorder client = MessageRecorder.connect(broker, TOPICS.base() + "/" + id.value() + "/#")) {
                client.await(TOPICS.status(id), "online"::equals, WAIT);
                client.await(TOPICS.info(id), text -> text.contains("\"startedAt\""), WAIT);
                client.await(TOPICS.state(id), text -> text.contains("\"solid\""), WAIT);
            }
        } finally {
            broker.start();
        }
    }

    @Test
    void floodOf5000Sets_leavesTheFrameLoopRunningAndTheLatestApplied(TestBroker broker) throws Exception {
        DeviceId id = DeviceId.of("it-flood");
        try (AgentHandle agent = agent(broker, id.value());
             MessageRecorder client = MessageRecorder.connect(broker, TOPICS.state(id), TOPICS.status(id))) {
            client.await(TOPICS.status(id), "online"::equals, WAIT);
            String[] colors = {"#ff0000", "#00ff00", "#0000ff"};
            List<CompletableFuture<Void>> inFlight = new ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                String json = "{\"id\":\"f-" + i + "\",\"brightness\":255,\"effect\":\"solid\",\"params\":{\"color\":\""
                        + colors[i % 3] + "\"}}";
                inFlight.add(client.link().publish(TOPICS.set(id), bytes(json), 1, false));
                if (inFlight.size() == 500) {
                    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
                    inFlight.clear();
                }
            }
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

            DeviceState last = state(client.await(TOPICS.state(id), t -> t.contains("\"f-4999\""), WAIT));
            assertThat(last.params()).containsEntry("color", colors[4999 % 3]);
            assertThat(agent.engine().state().commandId()).isEqualTo("f-4999");
            VirtualOutput output = (VirtualOutput) agent.output();
            long shown = output.framesShown();
            await(() -> output.framesShown() > shown + 10, "frames keep coming after the flood");
            await(() -> output.latestFrame()[0] == 0x00ff00, "the latest colour is on the LEDs");
        }
    }

    @Test
    void simulatedClick_publishesButtonEventsInSequence_andActsLocallyWithoutController(TestBroker broker) throws Exception {
        DeviceId id = DeviceId.of("it-button");
        try (MessageRecorder client = MessageRecorder.connect(broker, TOPICS.base() + "/" + id.value() + "/#")) {
            publish(client, TOPICS.favourites(id),
                    "{\"favourites\":[{\"effect\":\"solid\",\"params\":{\"color\":\"#ff0000\"}},{\"effect\":\"solid\",\"params\":{\"color\":\"#0000ff\"}}]}",
                    true);
            try (AgentHandle agent = agent(broker, id.value())) {
                client.await(TOPICS.status(id), "online"::equals, WAIT);

                publish(client, TOPICS.simulatedButton(id), "{\"action\":\"click\"}", false);
                ButtonEvent first = CODEC.decodeButtonEvent(client.await(TOPICS.buttonEvent(id), t -> true, WAIT).payload());
                publish(client, TOPICS.simulatedButton(id), "{\"action\":\"double\"}", false);
                ButtonEvent second = CODEC.decodeButtonEvent(
                        client.await(TOPICS.buttonEvent(id), t -> t.contains("double"), WAIT).payload());

                assertThat(first.gesture()).isEqualTo(ButtonGesture.CLICK);
                assertThat(second.seq()).isEqualTo(first.seq() + 1);
                // No controller ticks the clock here, so the click also chose the first favourite locally.
                DeviceState state = state(client.await(TOPICS.state(id), t -> t.contains("button-"), WAIT));
                assertThat(state.params()).containsEntry("color", "#ff0000");
            }
        }
    }

    @Test
    void frameRequest_streamsFramesOnlyWhileUnexpired(TestBroker broker) throws Exception {
        DeviceId id = DeviceId.of("it-frames");
        try (AgentHandle agent = agent(broker, id.value());
             MessageRecorder client = MessageRecorder.connect(broker, TOPICS.frame(id), TOPICS.status(id))) {
            client.await(TOPICS.status(id), "online"::equals, WAIT);
            assertThat(client.received(TOPICS.frame(id))).isEmpty();

            publish(client, TOPICS.frameRequest(id), "{\"ttlMs\":600,\"maxFps\":10}", false);
            FrameCodec.Frame frame = FrameCodec.decode(client.await(m -> m.topic().equals(TOPICS.frame(id)), WAIT).payload());
            assertThat(frame.width()).isEqualTo(8);
            assertThat(frame.height()).isEqualTo(1);

            int stopped = awaitNoNewFrames(client, TOPICS.frame(id));
            // 600 ms at 10 fps: the first frame plus at most one per 100 ms.
            assertThat(stopped).isBetween(1, 8);
        }
    }

    /** Waits until no frame has arrived for 700 ms (seven frame periods at 10 fps) and returns the count. */
    private static int awaitNoNewFrames(MessageRecorder client, String topic) throws InterruptedException {
        long giveUp = System.nanoTime() + WAIT.toNanos();
        while (true) {
            int before = client.received(topic).size();
            Thread.sleep(700);
            int after = client.received(topic).size();
            if (after == before) {
                return after;
            }
            assertThat(System.nanoTime()).as("frames never stop").isLessThan(giveUp);
        }
    }
}
