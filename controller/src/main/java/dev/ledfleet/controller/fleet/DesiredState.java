package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** What a device should show after a patch, and whether what it reports matches that. */
final class DesiredState {

    /** What an agent shows before anyone asked for anything. */
    static final DeviceState BLANK = new DeviceState(false, 128, "solid", Map.of(), 0, null, null, null, null);

    private DesiredState() {
    }

    /** {@code base} with {@code patch} applied the way an agent applies it. */
    static DeviceState apply(DeviceState base, SetCommand patch) {
        DeviceState from = base == null ? BLANK : base;
        boolean power = patch.power() == null ? from.power() : patch.power().applyTo(from.power());
        int brightness = patch.brightness() == null ? from.brightness() : patch.brightness();
        String effect = from.effect();
        Map<String, Object> params = from.params();
        if (patch.effect() != null && !patch.effect().equals(from.effect())) {
            effect = patch.effect();
            params = patch.params() == null ? Map.of() : patch.params();
        } else if (patch.params() != null) {
            Map<String, Object> merged = new HashMap<>(from.params());
            merged.putAll(patch.params());
            params = merged;
        }
        var playlist = patch.playlist() != null ? patch.playlist() : patch.effect() != null ? null : from.playlist();
        int transition = patch.transitionMs() == null ? from.transitionMs() : patch.transitionMs();
        Long startAt = patch.startAt() != null ? patch.startAt() : patch.effect() != null ? null : from.startAt();
        return new DeviceState(power, brightness, effect, params, transition, playlist, startAt, null, null);
    }

    /**
     * Whether the device shows something other than desired. Parameters the desired state leaves
     * out are the device's business (defaults), so only those it names are compared.
     */
    static boolean differs(DeviceState desired, DeviceState reported) {
        if (desired == null) {
            return false;
        }
        if (reported == null) {
            return true;
        }
        if (desired.power() != reported.power() || desired.brightness() != reported.brightness()) {
            return true;
        }
        if (!Objects.equals(desired.playlist(), reported.playlist())) {
            return true;
        }
        if (desired.playlist() == null && !Objects.equals(desired.effect(), reported.effect())) {
            return true;
        }
        for (Map.Entry<String, Object> param : desired.params().entrySet()) {
            if (!sameValue(param.getValue(), reported.params().get(param.getKey()))) {
                return true;
            }
        }
        return false;
    }

    /** A reported state as a desired one: without the command id and frame statistics. */
    static DeviceState adopt(DeviceState reported) {
        return new DeviceState(reported.power(), reported.brightness(), reported.effect(), reported.params(),
                reported.transitionMs(), reported.playlist(), reported.startAt(), null, null);
    }

    /** The patch that takes any device to {@code desired}. */
    static SetCommand asPatch(DeviceState desired) {
        var power = desired.power() ? dev.ledfleet.protocol.message.PowerChange.ON : dev.ledfleet.protocol.message.PowerChange.OFF;
        boolean playlist = desired.playlist() != null;
        return new SetCommand(null, power, desired.brightness(), playlist ? null : desired.effect(),
                playlist ? null : desired.params(), null, desired.startAt(), desired.playlist());
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equalsIgnoreCase(y);
        }
        return Objects.equals(a, b);
    }
}
