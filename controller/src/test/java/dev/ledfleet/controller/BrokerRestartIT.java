package dev.ledfleet.controller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.mqtt.testing.TestBroker;
import dev.ledfleet.mqtt.testing.TestBrokers;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controller and an agent through many broker restarts in a row. Before MqttLink used a fresh
 * Paho client per attempt, the controller's reconnect hung for good within the first few restarts.
 */
class BrokerRestartIT {

    @TempDir
    Path dir;

    @Test
    void controllerAndAgent_reconnectAfterEveryBrokerRestart() throws Exception {
        try (TestBroker broker = TestBrokers.start()) {
            Controller controller = Controller.start(ControllerOptions.parse(new String[] {"--http-host", "127.0.0.1",
                    "--http-port", "0", "--mqtt-url", broker.url(), "--base-topic", "restarts"}), dir);
            try (TestAgents agents = new TestAgents(broker.url(), "restarts", dir.resolve("agents"))) {
                agents.lamp("fiber-lamp");
                ApiClient api = new ApiClient(controller.httpPort());
                for (int restart = 1; restart <= 15; restart++) {
                    broker.restart();
                    Eventually.until(() -> controller.mqtt().isConnected(), connected -> connected, Duration.ofSeconds(20),
                            "the controller to reconnect after restart " + restart);
                }
                ApiClient.Reply reply = Eventually.until(() -> api.patch("/api/devices/fiber-lamp/state?wait=true&timeoutMs=1000",
                        "{\"brightness\":31}"), r -> r.status() == 200, Duration.ofSeconds(20), "a command after the restarts");
                assertThat(reply.json().path("state").path("brightness").asInt()).isEqualTo(31);
            } finally {
                controller.close();
            }
        }
    }
}
