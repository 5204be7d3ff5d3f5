package dev.ledfleet.agent.engine;

import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.PowerChange;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules by which a {@link SetCommand} changes a {@link DeviceState}, and by which two commands
 * queued between frames fold into one. Pure functions; the commands are assumed already validated.
 *
 * <ul>
 *   <li>Absent fields leave the state as it is; {@code power} may toggle.</li>
 *   <li>A new {@code effect} replaces the parameters with the command's own (or none) and ends any
 *       playlist; {@code params} without an effect are merged into the running effect's.</li>
 *   <li>A {@code playlist} replaces the single effect and its parameters.</li>
 *   <li>A new effect or playlist without {@code startAt} is unanchored (starts locally, now); a
 *       parameter change keeps the anchor so the animation continues in phase.</li>
 * </ul>
 */
public final class StatePatch {

    private StatePatch() {
    }

    /** The state after {@code command}, carrying the command's id. */
    public static DeviceState apply(DeviceState state, SetCommand command) {
        boolean power = command.power() == null ? state.power() : command.power().applyTo(state.power());
        int brightness = command.brightness() == null ? state.brightness() : command.brightness();
        int transitionMs = command.transitionMs() == null ? state.transitionMs() : command.transitionMs();
        String effect = state.effect();
        Map<String, Object> params = state.params();
        var playlist = state.playlist();
        Long startAt = state.startAt();
        if (command.effect() != null || command.playlist() != null) {
            effect = command.effect();
            params = command.params() == null ? Map.of() : command.params();
            playlist = command.playlist();
            startAt = command.startAt();
        } else {
            if (command.params() != null) {
                params = merged(params, command.params());
            }
            if (command.startAt() != null) {
                startAt = command.startAt();
            }
        }
        return new DeviceState(power, brightness, effect, params, transitionMs, playlist, startAt, command.id(),
                state.stats());
    }

    /**
     * One command equivalent to applying {@code earlier} and then {@code later}: the later value of
     * each field wins, toggles compose, and parameters merge unless {@code later} starts a new effect.
     */
    public static SetCommand merge(SetCommand earlier, SetCommand later) {
        if (earlier == null) {
            return later;
        }
        PowerChange power = compose(earlier.power(), later.power());
        Integer brightness = later.brightness() != null ? later.brightness() : earlier.brightness();
        Integer transitionMs = later.transitionMs() != null ? later.transitionMs() : earlier.transitionMs();
        if (later.effect() != null || later.playlist() != null) {
            return new SetCommand(later.id(), power, brightness, later.effect(), later.params(), transitionMs,
                    later.startAt(), later.playlist());
        }
        Map<String, Object> params = later.params() == null ? earlier.params()
                : earlier.params() == null ? later.params() : merged(earlier.params(), later.params());
        Long startAt = later.startAt() != null ? later.startAt() : earlier.startAt();
        return new SetCommand(later.id(), power, brightness, earlier.effect(), params, transitionMs, startAt,
                earlier.playlist());
    }

    private static PowerChange compose(PowerChange first, PowerChange second) {
        if (second == null) {
            return first;
        }
        if (second != PowerChange.TOGGLE || first == null) {
            return second;
        }
        return switch (first) {
            case ON -> PowerChange.OFF;
            case OFF -> PowerChange.ON;
            // Two toggles cancel out, but "power" must stay absent rather than claim a value.
            case TOGGLE -> null;
        };
    }

    private static Map<String, Object> merged(Map<String, Object> base, Map<String, Object> changes) {
        Map<String, Object> result = new LinkedHashMap<>(base);
        result.putAll(changes);
        return result;
    }
}
