package dev.ledfleet.protocol.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * A desired-state patch on {@code <base>/<id>/set}; every field is optional and absent fields stay
 * as they are:
 * <pre>{@code {"v":1,"id":"c-17","power":true,"brightness":128,"effect":"comet",
 *  "params":{"color":"#ff0000","tail-length":6},"transitionMs":500}}</pre>
 * {@code power} may also be {@code "toggle"}. {@code startAt} (controller clock, epoch ms) anchors
 * the animation so that devices given the same value run in phase. A {@code playlist} replaces the
 * single effect.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetCommand(
        String id,
        PowerChange power,
        Integer brightness,
        String effect,
        Map<String, Object> params,
        Integer transitionMs,
        Long startAt,
        Playlist playlist) implements DeviceCommand {

    public static final int MAX_TRANSITION_MS = 60_000;

    public SetCommand {
        params = params == null ? null : Map.copyOf(params);
    }

    /** True when the patch would change nothing at all. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return power == null && brightness == null && effect == null && params == null
                && transitionMs == null && startAt == null && playlist == null;
    }

    public SetCommand withId(String newId) {
        return new SetCommand(newId, power, brightness, effect, params, transitionMs, startAt, playlist);
    }

    public SetCommand withStartAt(Long newStartAt) {
        return new SetCommand(id, power, brightness, effect, params, transitionMs, newStartAt, playlist);
    }
}
