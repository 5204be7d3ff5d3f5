package dev.ledfleet.agent.mqtt;

import dev.ledfleet.agent.engine.LightEngine;
import dev.ledfleet.protocol.message.FrameCodec;
import dev.ledfleet.protocol.message.FrameRequest;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Publishes frames only while someone watches: a {@link FrameRequest} opens a window of
 * {@code ttlMs}, during which the latest frame goes out {@code maxFps} times a second (never more
 * than {@value FrameRequest#MAX_FPS}). A periodic task on the session's outbox thread copies the
 * engine's latest frame; it exists only while the window is open, and the frame thread is never
 * involved.
 */
final class FrameStream {

    private final LightEngine engine;
    private final ScheduledExecutorService outbox;
    private final Consumer<byte[]> sender;
    private final int[] pixels;
    private ScheduledFuture<?> task;
    private long periodNanos;
    private long watchedUntilNanos;
    private int lastSequence = -1;

    FrameStream(LightEngine engine, ScheduledExecutorService outbox, Consumer<byte[]> sender) {
        this.engine = engine;
        this.outbox = outbox;
        this.sender = sender;
        this.pixels = new int[engine.width() * engine.height()];
    }

    /** Opens or extends the watch window; runs on the outbox thread. */
    void request(FrameRequest request) {
        long period = 1_000_000_000L / Math.min(request.maxFps(), FrameRequest.MAX_FPS);
        watchedUntilNanos = System.nanoTime() + request.ttlMs() * 1_000_000L;
        if (task == null || period != periodNanos) {
            if (task != null) {
                task.cancel(false);
            }
            periodNanos = period;
            task = outbox.scheduleAtFixedRate(this::send, 0, period, TimeUnit.NANOSECONDS);
        }
    }

    private void send() {
        if (System.nanoTime() - watchedUntilNanos >= 0) {
            task.cancel(false);
            task = null;
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
        lastSequence = sequence;
    }
}
