package dev.ledfleet.protocol.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * What a device really shows, retained on {@code <base>/<id>/state}:
 * <pre>{@code {"v":1,"power":true,"brightness":128,"effect":"comet","params":{"color":"#ff0000"},
 *  "transitionMs":500,"commandId":"c-17","stats":{"fps":60.0,"renderUs":35,"jitterUs":90,"droppedFrames":0}}}</pre>
 * {@code commandId} is the id of the last command applied; {@code playlist} is present while one runs
 * and {@code startAt} when the animation is anchored to a shared start time.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviceState(
        boolean power,
        int brightness,
        String effect,
        Map<String, Object> params,
        int transitionMs,
        Playlist playlist,
        Long startAt,
        String commandId,
        FrameStats stats) implements DeviceReport {

    public DeviceState {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public DeviceState withCommandId(String id) {
        return new DeviceState(power, brightness, effect, params, transitionMs, playlist, startAt, id, stats);
    }

    public DeviceState withStats(FrameStats newStats) {
        return new DeviceState(power, brightness, effect, params, transitionMs, playlist, startAt, commandId, newStats);
    }
}
