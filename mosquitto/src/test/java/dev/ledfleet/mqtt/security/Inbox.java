package dev.ledfleet.mqtt.security;

import dev.ledfleet.mqtt.MessageHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Collects what a subscription receives, so a test can wait for one message and look at all of them. */
public final class Inbox implements MessageHandler {

    /** One received message, with its payload as text. */
    public record Received(String topic, String text, boolean retained) {
    }

    private final BlockingQueue<Received> queue = new LinkedBlockingQueue<>();
    private final List<Received> all = new ArrayList<>();

    @Override
    public void handle(String topic, byte[] payload, boolean retained) {
        queue.add(new Received(topic, new String(payload, StandardCharsets.UTF_8), retained));
    }

    /** Waits for the next message whose payload is {@code text}, keeping the others seen meanwhile. */
    public Received awaitText(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Received next = queue.poll(100, TimeUnit.MILLISECONDS);
            if (next != null) {
                synchronized (all) {
                    all.add(next);
                }
                if (next.text().equals(text)) {
                    return next;
                }
            }
        }
        throw new AssertionError("no message '" + text + "' arrived within 10 s; got " + received());
    }

    /** Everything received so far, in order. */
    public List<Received> received() {
        synchronized (all) {
            queue.drainTo(all);
            return List.copyOf(all);
        }
    }

    public List<String> texts() {
        return received().stream().map(Received::text).toList();
    }
}
