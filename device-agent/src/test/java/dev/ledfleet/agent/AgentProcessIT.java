package dev.ledfleet.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.output.ColorOrder;
import dev.ledfleet.agent.output.Ws2812SpiEncoder;
import dev.ledfleet.agent.output.Ws2812Stream;
import dev.ledfleet.mqtt.testing.MessageRecorder;
import dev.ledfleet.mqtt.testing.MqttBrokerExtension;
import dev.ledfleet.mqtt.testing.Ports;
import dev.ledfleet.mqtt.testing.TestBroker;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.Topics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The agent as a real child process ({@code AgentMain run ...}), killed and restarted. */
@ExtendWith(MqttBrokerExtension.class)
class AgentProcessIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Topics TOPICS = Topics.standard();
    private static final int PIXELS = 4;

    private static Process startAgent(String id, String mqttUrl, Path output, Path stateDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), AgentMain.class.getName(), "run",
                "--id", id, "--layout", "strip:" + PIXELS, "--output", "file:" + output,
                "--mqtt-url", mqttUrl, "--state-dir", stateDir.toString(), "--fps", "30"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("ledfleet agent")) {
            // skip log lines until the agent says it runs
        }
        assertThat(line).as("agent process started").isNotNull();
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "drain-" + id);
        drain.setDaemon(true);
        drain.start();
        return process;
    }

    private static void awaitFile(Path file, Predicate<byte[]> ready) throws Exception {
        long giveUp = System.nanoTime() + WAIT.toNanos();
        while (!(Files.exists(file) && ready.test(Files.readAllBytes(file)))) {
            assertThat(System.nanoTime()).as("waiting for " + file).isLessThan(giveUp);
            Thread.sleep(20);
        }
    }

    @Test
    void killMinus9_brokerPublishesOffline_andRestartShowsThePreviousEffectBeforeConnecting(TestBroker broker,
            @TempDir Path dir) throws Exception {
        DeviceId id = DeviceId.of("it-kill");
        Path stateDir = dir.resolve("state");
        Process first = startAgent(id.value(), broker.url(), dir.resolve("first.bin"), stateDir);
        Process second = null;
        try (MessageRecorder client = MessageRecorder.connect(broker, TOPICS.base() + "/" + id.value() + "/#")) {
            client.await(TOPICS.status(id), "online"::equals, WAIT);
            client.link().publish(TOPICS.set(id), ("{\"id\":\"c-green\",\"brightness\":255,\"effect\":\"solid\","
                    + "\"params\":{\"color\":\"#00ff00\"}}").getBytes(StandardCharsets.UTF_8), 1, false).get(5, TimeUnit.SECONDS);
            client.await(TOPICS.state(id), text -> text.contains("c-green"), WAIT);
            Path saved = stateDir.resolve(id.value()).resolve("state.json");
            awaitFile(saved, bytes -> new String(bytes, StandardCharsets.UTF_8).contains("c-green"));

            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no DISCONNECT

            client.await(TOPICS.status(id), "offline"::equals, WAIT);

            // Restart pointed at a port where no broker listens: whatever it shows, it shows without any network.
            Path shown = dir.resolve("second.bin");
            second = startAgent(id.value(), "tcp://127.0.0.1:" + Ports.freePort(), shown, stateDir);
            int frameBytes = new Ws2812SpiEncoder(PIXELS, ColorOrder.GRB).frameBytes();
            awaitFile(shown, bytes -> bytes.length >= frameBytes);
            byte[] frames = Files.readAllBytes(shown);
            int[] firstFrame = Ws2812Stream.decode(frames, 0, frameBytes, PIXELS).rgb(ColorOrder.GRB);
            assertThat(firstFrame).containsOnly(0x00ff00);
        } finally {
            first.destroyForcibly();
            if (second != null) {
                second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
