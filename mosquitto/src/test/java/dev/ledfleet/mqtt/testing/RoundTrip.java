package dev.ledfleet.mqtt.testing;

import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.mqtt.MqttSettings;
import java.util.UUID;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The raw MQTT baseline: a QoS 1 publish, an echo client republishes it (QoS 1), and the origin
 * receives the echo. Both clients go through {@link MqttLink}, so the number also guards the
 * TCP_NODELAY setting: without it a round trip through Mosquitto takes tens of milliseconds.
 */
public final class RoundTrip {

    private RoundTrip() {
    }

    /** Measures {@code count} sequential round trips after {@code warmup} unmeasured ones. */
    public static LatencyStats measure(TestBroker broker, int warmup, int count) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String ping = "bench/" + run + "/ping";
        String pong = "bench/" + run + "/pong";
        BlockingQueue<byte[]> echoes = new LinkedBlockingQueue<>();
        try (MqttLink echo = new MqttLink(MqttSettings.of(broker.url(), "echo-" + run));
             MqttLink origin = new MqttLink(MqttSettings.of(broker.url(), "origin-" + run))) {
            echo.subscribe(ping, 1, (topic, payload, retained) -> echo.publish(pong, payload, 1, false));
            origin.subscribe(pong, 1, (topic, payload, retained) -> echoes.offer(payload));
            echo.start().firstConnection().get(10, TimeUnit.SECONDS);
            origin.start().firstConnection().get(10, TimeUnit.SECONDS);
            awaitRoute(origin, ping, echoes);
            long[] samples = new long[count];
            for (int i = 0; i < warmup + count; i++) {
                byte[] body = Integer.toString(i).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                long start = System.nanoTime();
                origin.publish(ping, body, 1, false);
                awaitEcho(echoes, body, i);
                if (i >= warmup) {
                    samples[i - warmup] = System.nanoTime() - start;
                }
            }
            return LatencyStats.ofNanos(samples);
        }
    }

    private static void awaitEcho(BlockingQueue<byte[]> echoes, byte[] body, int i) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            byte[] echo = echoes.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (echo == null) {
                throw new IllegalStateException("round trip " + i + " got no echo within 5 s");
            }
            if (Arrays.equals(echo, body)) {
                return;
            }
        }
    }

    private static void awaitRoute(MqttLink origin, String ping, BlockingQueue<byte[]> echoes) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            origin.publish(ping, new byte[] {'?'}, 1, false);
            if (echoes.poll(100, TimeUnit.MILLISECONDS) != null) {
                Thread.sleep(100);
                echoes.clear();
                return;
            }
        }
        throw new IllegalStateException("echo client never answered");
    }
}
