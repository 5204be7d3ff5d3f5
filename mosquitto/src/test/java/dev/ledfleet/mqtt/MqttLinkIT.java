package dev.ledfleet.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.mqtt.testing.MessageRecorder;
import dev.ledfleet.mqtt.testing.MqttBrokerExtension;
import dev.ledfleet.mqtt.testing.TestBroker;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MqttBrokerExtension.class)
class MqttLinkIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static MqttLink link(TestBroker broker, String clientId) {
        return new MqttLink(MqttSettings.of(broker.url(), clientId)
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(500)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void retainedMessage_isDeliveredToLateSubscriber(TestBroker broker) throws Exception {
        try (MqttLink publisher = link(broker, "retain-publisher").start()) {
            publisher.firstConnection().get(10, TimeUnit.SECONDS);
            publisher.publish("ledfleet/lamp-1/state", bytes("{\"v\":1,\"power\":true}"), 1, true).get(5, TimeUnit.SECONDS);
        }
        try (MessageRecorder late = MessageRecorder.connect(broker, "ledfleet/+/state")) {
            MessageRecorder.Message message = late.await("ledfleet/lamp-1/state", text -> text.contains("power"), WAIT);
            if (!broker.kind().equals("embedded")) {
                // Moquette 0.17 delivers stored retained messages without the retain flag.
                assertThat(message.retained()).isTrue();
            }
        }
    }

    @Test
    void killedClient_hasItsLastWillPublished(TestBroker broker) throws Exception {
        String topic = "ledfleet/will-holder/status";
        Process holder = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                WillHolder.class.getName(), broker.url(), "will-holder", topic)
                .redirectErrorStream(true).start();
        try (MessageRecorder watcher = MessageRecorder.connect(broker, topic)) {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("ready")) {
                // skip the child's log lines until it is connected
            }
            watcher.await(topic, "online"::equals, WAIT);

            holder.destroyForcibly().waitFor(5, TimeUnit.SECONDS);

            watcher.await(topic, "offline"::equals, WAIT);
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void link_subscribesAgain_afterBrokerRestart(TestBroker broker) throws Exception {
        try (MessageRecorder subscriber = MessageRecorder.connect(broker, "ledfleet/restart/+");
             MqttLink publisher = link(broker, "restart-publisher").start()) {
            publisher.firstConnection().get(10, TimeUnit.SECONDS);

            broker.restart();

            awaitConnected(subscriber.link());
            awaitConnected(publisher);
            // The subscription is remade on reconnect, shortly after the connection is up.
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (subscriber.received("ledfleet/restart/ping").isEmpty() && System.nanoTime() < deadline) {
                publisher.publish("ledfleet/restart/ping", bytes("after restart"), 1, false);
                Thread.sleep(100);
            }
            assertThat(subscriber.received("ledfleet/restart/ping")).isNotEmpty();
        }
    }

    @Test
    void link_keepsTryingItsFirstConnection_untilTheBrokerAppears(TestBroker broker) throws Exception {
        broker.stop();
        try (MqttLink early = link(broker, "early-bird").start()) {
            Thread.sleep(600);
            assertThat(early.isConnected()).isFalse();

            broker.start();

            early.firstConnection().get(10, TimeUnit.SECONDS);
            assertThat(early.isConnected()).isTrue();
        } finally {
            broker.start();
        }
    }

    @Test
    void publish_whileDisconnected_failsAtOnce(TestBroker broker) {
        try (MqttLink never = link(broker, "never-started")) {
            assertThat(never.publish("ledfleet/x/set", bytes("{}"), 1, false)).isCompletedExceptionally();
        }
    }

    @Test
    void handlerThatThrows_doesNotCostTheConnection(TestBroker broker) throws Exception {
        try (MqttLink fragile = link(broker, "fragile")) {
            List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            fragile.subscribe("ledfleet/fragile/#", 1, (topic, payload, retained) -> {
                seen.add(new String(payload, StandardCharsets.UTF_8));
                throw new IllegalStateException("handler bug");
            });
            fragile.start().firstConnection().get(10, TimeUnit.SECONDS);
            awaitSubscribed(fragile, "ledfleet/fragile/probe", seen);

            fragile.publish("ledfleet/fragile/a", bytes("second"), 1, false).get(5, TimeUnit.SECONDS);

            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!seen.contains("second") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(seen).contains("second");
            assertThat(fragile.isConnected()).isTrue();
        }
    }

    private static void awaitSubscribed(MqttLink link, String probeTopic, List<String> seen) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!seen.contains("probe") && System.nanoTime() < deadline) {
            link.publish(probeTopic, bytes("probe"), 1, false);
            Thread.sleep(50);
        }
        assertThat(seen).contains("probe");
    }

    private static void awaitConnected(MqttLink link) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!link.isConnected() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(link.isConnected()).as("%s reconnected", link.clientId()).isTrue();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
