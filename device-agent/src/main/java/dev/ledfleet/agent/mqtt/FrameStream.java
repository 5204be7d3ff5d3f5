package dev.ledfleet.agent.mqtt;

import dev.ledfleet.agent.engine.LightEngine;
import dev.ledfleet.protocol.message.FrameCodec;
import dev.ledfleet.protocol.message.FrameRequest;
import java.util.function.Consumer;

/**
 * Publishes frames only while someone watches: a {@link FrameRequest} opens a window of
 * {@code ttlMs}, during which the latest frame goes out at most {@code maxFps} times a second (never
 * more than {@value FrameRequest#MAX_FPS}). Runs on the session's outbox thread, copying from the
 * engine's latest frame; the frame thread is never involved.
 */
final class FrameStream {

    static final long CHECK_MS = 5;

    private final LightEngine engine;
    private final Consumer<byte[]> sender;
    private final int[] pixels;
    private volatile long watchedUntilNanos = Long.MIN_VALUE;
    private volatile long periodNanos = Long.MAX_VALUE;
    private long lastSentNanos;
    private int lastSequence = -1;

    FrameStream(LightEngine engine, Consumer<byte[]> sender) {
        this.engine = engine;
        this.sender = sender;
        this.pixels = new int[engine.width() * engine.height()];
    }

    /** Opens or extends the watch window; called on Paho's thread. */
    void request(FrameRequest request) {
        periodNanos = 1_000_000_000L / Math.min(request.maxFps(), FrameRequest.MAX_FPS);
        watchedUntilNanos = System.nanoTime() + request.ttlMs() * 1_000_000L;
    }

    boolean watched(long nowNanos) {
        return nowNanos - watchedUntilNanos < 0;
    }

    void sendIfDue() {
        long now = System.nanoTime();
        if (!watched(now) || now - lastSentNanos < periodNanos) {
            return;
        }
        int sequence = engine.copyLatestFrame(pixels);
        if (sequence == lastSequence) {
            return;
        }
        // A fresh array each time: Paho sends asynchronously from the array it is given.
        byte[] payload = new byte[FrameCodec.payloadSize(engine.width(), engine.height())];
        FrameCodec.encode(engine.width(), engine.height(), sequence, pixels, payload);
        sender.accept(payload);
        lastSentNanos = now;
        lastSequence = sequence;
    }
}
