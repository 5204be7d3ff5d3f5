package dev.ledfleet.controller.button;

import dev.ledfleet.protocol.message.ButtonEvent;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.PowerChange;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.List;

/**
 * Turns a button event into a command per the device's mapping. State-relative actions (next
 * favourite, power toggle, brightness) are worked out from the target's current state; for a group,
 * from its first member with a known state, and the result goes to every member as an absolute
 * value so the members end up alike. Remembers ramps and favourite cycles; time is passed in.
 */
public final class ButtonResolver {

    static final int TRANSITION_MS = 300;

    private final HoldRamp ramps = new HoldRamp();
    private final FavouriteCycle cycles = new FavouriteCycle();

    public ButtonCommand resolve(String device, ButtonEvent event, ButtonMapping mapping, ButtonView view, long nowMs) {
        String buttonKey = device + "#" + event.button();
        ramps.observe(buttonKey, event.gesture());
        if (!ButtonMapping.MAPPABLE.contains(event.gesture())) {
            return new ButtonCommand.None(event.gesture().wireName() + " is not mapped");
        }
        ButtonBinding binding = mapping.binding(event.button(), event.gesture());
        String targetDevice = binding.device() == null && binding.group() == null ? device : binding.device();
        String group = binding.group();
        ButtonAction action = binding.action();
        if (action instanceof ButtonAction.ApplyScene scene) {
            return new ButtonCommand.Scene(scene.scene());
        }
        if (action instanceof ButtonAction.ApplyPreset preset) {
            return new ButtonCommand.Preset(preset.preset(), targetDevice, group);
        }
        if (action instanceof ButtonAction.Nothing) {
            return new ButtonCommand.None(event.gesture().wireName() + " is mapped to nothing");
        }
        String reference = targetDevice != null ? targetDevice : firstKnown(view, group);
        if (reference == null) {
            return new ButtonCommand.None("group '" + group + "' has no member with a known state");
        }
        DeviceState current = view.current(reference);
        SetCommand patch = patch(action, buttonKey, reference, current, view, nowMs);
        if (patch == null) {
            return new ButtonCommand.None("device '" + reference + "' has no favourites yet");
        }
        return new ButtonCommand.Patch(targetDevice, group, patch);
    }

    private SetCommand patch(ButtonAction action, String buttonKey, String reference, DeviceState current,
                             ButtonView view, long nowMs) {
        boolean on = current != null && current.power();
        int brightness = current == null ? 128 : current.brightness();
        if (action instanceof ButtonAction.PowerToggle) {
            return command(PowerChange.of(!on), null, null);
        }
        if (action instanceof ButtonAction.BrightnessStep s) {
            return command(PowerChange.ON, clamp(brightness + s.step()), null);
        }
        if (action instanceof ButtonAction.BrightnessRamp r) {
            return command(PowerChange.ON, ramps.step(buttonKey, brightness, r.step()), null);
        }
        int direction = action instanceof ButtonAction.NextFavourite ? 1 : -1;
        List<EffectChoice> favourites = view.favourites(reference);
        EffectChoice choice = cycles.step(reference, favourites, current, direction, nowMs);
        return choice == null ? null : command(PowerChange.ON, null, choice);
    }

    private static String firstKnown(ButtonView view, String group) {
        for (String member : view.members(group)) {
            if (view.current(member) != null) {
                return member;
            }
        }
        return null;
    }

    private static int clamp(int brightness) {
        return Math.max(HoldRamp.MIN, Math.min(HoldRamp.MAX, brightness));
    }

    private static SetCommand command(PowerChange power, Integer brightness, EffectChoice choice) {
        return new SetCommand(null, power, brightness, choice == null ? null : choice.effect(),
                choice == null ? null : choice.params(), TRANSITION_MS, null, null);
    }
}
