package dev.ledfleet.protocol.message;

/**
 * Asks a device to publish its frames on {@code <base>/<id>/frame} for {@code ttlMs} more
 * milliseconds, at most {@code maxFps} a second: {@code {"v":1,"ttlMs":10000,"maxFps":10}}. A
 * watcher repeats the request before it expires; when nobody asks, no frame crosses the network.
 */
public record FrameRequest(int ttlMs, int maxFps) implements DeviceCommand {

    public static final int MAX_TTL_MS = 300_000;
    public static final int MAX_FPS = 30;
}
