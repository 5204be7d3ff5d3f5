package dev.ledfleet.mqtt.testing;

import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.mqtt.MqttSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A test client that records every message on its subscriptions and lets a test wait for the one it
 * expects. Connects through the project's own {@link MqttLink}.
 */
public final class MessageRecorder implements AutoCloseable {

    /** One received message. */
    public record Message(String topic, byte[] payload, boolean retained) {
        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private final MqttLink link;
    private final List<Message> messages = new ArrayList<>();

    private MessageRecorder(MqttLink link) {
        this.link = link;
    }

    /** Connects to {@code broker} and subscribes to {@code filters} (QoS 1), waiting until connected. */
    public static MessageRecorder connect(TestBroker broker, String... filters) {
        MqttLink link = new MqttLink(MqttSettings.of(broker.url(), "recorder-" + UUID.randomUUID())
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(500)));
        MessageRecorder recorder = new MessageRecorder(link);
        for (String filter : filters) {
            link.subscribe(filter, 1, recorder::record);
        }
        link.start();
        link.firstConnection().orTimeout(10, TimeUnit.SECONDS).join();
        return recorder;
    }

    public MqttLink link() {
        return link;
    }

    private synchronized void record(String topic, byte[] payload, boolean retained) {
        messages.add(new Message(topic, payload, retained));
        notifyAll();
    }

    /** Waits for the first message, received so far or later, that matches. */
    public synchronized Message await(Predicate<Message> matcher, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Message message : messages) {
                if (matcher.test(message)) {
                    return message;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching message within " + timeout + "; received " + describe());
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Waits for a message on {@code topic} whose text matches. */
    public Message await(String topic, Predicate<String> text, Duration timeout) {
        return await(m -> m.topic().equals(topic) && text.test(m.text()), timeout);
    }

    public synchronized List<Message> received() {
        return List.copyOf(messages);
    }

    public synchronized List<Message> received(String topic) {
        return messages.stream().filter(m -> m.topic().equals(topic)).toList();
    }

    public synchronized void clear() {
        messages.clear();
    }

    private String describe() {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (Message m : messages) {
            if (shown++ == 20) {
                text.append(" ...");
                break;
            }
            String payload = m.text();
            text.append("\n  ").append(m.topic()).append(m.retained() ? " (retained) " : " ")
                    .append(payload.length() > 200 ? payload.substring(0, 200) + "..." : payload);
        }
        return messages.isEmpty() ? "nothing" : text.toString();
    }

    @Override
    public void close() {
        link.close();
    }
}
