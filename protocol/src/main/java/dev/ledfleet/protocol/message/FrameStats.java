package dev.ledfleet.protocol.message;

/**
 * How the device's frame loop keeps up, as measured on the device:
 * {@code {"fps":59.9,"renderUs":41,"jitterUs":120,"droppedFrames":0}}.
 */
public record FrameStats(double fps, long renderUs, long jitterUs, long droppedFrames) {
}
