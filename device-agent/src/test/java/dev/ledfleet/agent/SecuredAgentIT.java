package dev.ledfleet.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.mqtt.MqttSettings;
import dev.ledfleet.mqtt.security.MosquittoPasswd;
import dev.ledfleet.mqtt.security.SecuredMosquitto;
import dev.ledfleet.mqtt.security.TestCertificates;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.Topics;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.MessageCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent against the production broker config: TLS with a CA file, a user name and a password
 * file, and the shipped ACL that lets a device touch only its own topics.
 */
class SecuredAgentIT {

    private static final String CONTROLLER = "ledfleet_controller";
    private static final DeviceId LAMP = DeviceId.of("tls-lamp");
    private static final Topics TOPICS = Topics.standard();

    private record Received(String topic, String text) {
    }

    @Test
    void agentOverTlsWithPasswordFile_announcesItselfAndObeysTheController(@TempDir Path dir) throws Exception {
        SecuredMosquitto.assumeAvailable();
        Path passwords = dir.resolve("ledfleet.passwd");
        MosquittoPasswd.add(passwords, CONTROLLER, "controller-secret");
        MosquittoPasswd.add(passwords, LAMP.value(), "lamp-secret");
        Path passwordFile = Files.writeString(dir.resolve("mqtt-password"), "lamp-secret\n");
        try (SecuredMosquitto broker = SecuredMosquitto.start(dir.resolve("broker"), passwords,
                     TestCertificates.generate(dir.resolve("certs")));
             MqttLink controller = new MqttLink(MqttSettings.of(broker.plainUrl(), "controller-it")
                     .withCredentials(CONTROLLER, "controller-secret".toCharArray()))) {
            BlockingQueue<Received> inbox = new LinkedBlockingQueue<>();
            controller.subscribe(TOPICS.base() + "/" + LAMP.value() + "/#", 1,
                    (topic, payload, retained) -> inbox.add(new Received(topic, new String(payload, StandardCharsets.UTF_8))));
            controller.start().firstConnection().get(15, TimeUnit.SECONDS);

            try (AgentHandle agent = Agent.start(AgentConfig.fromOptions(Map.of("id", LAMP.value(), "layout", "strip:4",
                    "output", "virtual", "mqtt-url", broker.tlsUrl(), "mqtt-user", LAMP.value(),
                    "mqtt-password-file", passwordFile.toString(), "ca-file", broker.caFile().toString(),
                    "state-dir", dir.resolve("state").toString())))) {
                await(inbox, TOPICS.status(LAMP), "online");

                controller.publish(TOPICS.set(LAMP), "{\"id\":\"c-tls\",\"brightness\":77}".getBytes(StandardCharsets.UTF_8),
                        1, false).get(10, TimeUnit.SECONDS);

                DeviceState state = MessageCodec.standard().decodeState(
                        await(inbox, TOPICS.state(LAMP), "c-tls").text().getBytes(StandardCharsets.UTF_8));
                assertThat(state.brightness()).isEqualTo(77);
            }
        }
    }

    private static Received await(BlockingQueue<Received> inbox, String topic, String text) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            Received next = inbox.poll(Math.max(1, giveUp - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertThat(next).as("a message on " + topic + " containing " + text).isNotNull();
            if (next.topic().equals(topic) && next.text().contains(text)) {
                return next;
            }
        }
    }
}
