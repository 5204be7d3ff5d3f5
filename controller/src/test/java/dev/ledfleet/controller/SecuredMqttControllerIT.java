package dev.ledfleet.controller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.Agent;
import dev.ledfleet.agent.AgentConfig;
import dev.ledfleet.agent.AgentHandle;
import dev.ledfleet.mqtt.security.MosquittoPasswd;
import dev.ledfleet.mqtt.security.SecuredMosquitto;
import dev.ledfleet.mqtt.security.TestCertificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controller as deployed: a real Mosquitto with the shipped config and ACL, reached over TLS with
 * the CA file and the controller's own user and password file, and its API behind a token.
 */
class SecuredMqttControllerIT {

    static final String CONTROLLER_USER = "ledfleet_controller";

    @TempDir
    Path dir;

    @Test
    void controllerOverTlsWithItsOwnCredentials_seesADevice_andCommandsIt() throws Exception {
        SecuredMosquitto.assumeAvailable();
        Path passwords = dir.resolve("ledfleet.passwd");
        MosquittoPasswd.add(passwords, CONTROLLER_USER, "controller-secret");
        MosquittoPasswd.add(passwords, "tls-lamp", "lamp-secret");
        Path controllerPassword = Files.writeString(dir.resolve("controller.mqtt-password"), "controller-secret\n");
        Path lampPassword = Files.writeString(dir.resolve("lamp.mqtt-password"), "lamp-secret\n");
        Path dataDir = dir.resolve("data");
        String token = TestAccess.prepare(dataDir);
        try (SecuredMosquitto broker = SecuredMosquitto.start(dir.resolve("broker"), passwords,
                TestCertificates.generate(dir.resolve("certs")))) {
            Controller controller = Controller.start(ControllerOptions.parse(new String[] {"--http-host", "127.0.0.1",
                    "--http-port", "0", "--mqtt-url", broker.tlsUrl(), "--mqtt-user", CONTROLLER_USER,
                    "--mqtt-password-file", controllerPassword.toString(), "--ca-file", broker.caFile().toString()}), dataDir);
            try (AgentHandle lamp = Agent.start(AgentConfig.fromOptions(Map.of("id", "tls-lamp", "layout", "strip:4",
                    "output", "virtual", "mqtt-url", broker.tlsUrl(), "mqtt-user", "tls-lamp",
                    "mqtt-password-file", lampPassword.toString(), "ca-file", broker.caFile().toString(),
                    "state-dir", dir.resolve("lamp").toString())))) {
                ApiClient api = new ApiClient(controller.httpPort(), token);

                Eventually.until(() -> api.get("/api/devices/tls-lamp").json().path("online").asText(),
                        "online"::equals, Duration.ofSeconds(20), "tls-lamp online through the TLS broker");
                ApiClient.Reply reply = api.patch("/api/devices/tls-lamp/state?wait=true", "{\"brightness\":66}");

                assertThat(controller.mqtt().isConnected()).isTrue();
                assertThat(reply.status()).as(reply.text()).isEqualTo(200);
                assertThat(reply.json().path("state").path("brightness").asInt()).isEqualTo(66);
            } finally {
                controller.close();
            }
        }
    }
}
