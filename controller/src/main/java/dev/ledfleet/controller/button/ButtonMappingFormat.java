package dev.ledfleet.controller.button;

import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.controller.rules.ConfigObject;
import dev.ledfleet.controller.rules.KnownNames;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.ButtonGesture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Button mappings as plain maps, the shape of {@code GET/PUT /api/devices/{id}/buttons} (docs/api.md)
 * and of the {@code buttons} section of the stored configuration:
 * {@code {"mappings":[{"button":1,"gesture":"hold","action":{"type":"brightness-ramp","step":24},"target":{"group":"downstairs"}}]}}.
 */
public final class ButtonMappingFormat {

    /** Reads and checks a mapping; {@code known} null skips the checks of names (when loading the store). */
    public ButtonMapping read(Object plain, KnownNames known) {
        ConfigObject body = ConfigObject.of(plain, "");
        Map<ButtonMapping.Press, ButtonBinding> bindings = new LinkedHashMap<>();
        for (ConfigObject entry : body.objects("mappings")) {
            Integer button = entry.integer("button");
            if (button != null && button < 1) {
                throw FleetException.invalid(entry.at("button"), "buttons are numbered from 1");
            }
            String gestureText = entry.requiredText("gesture");
            ButtonGesture gesture = ButtonGesture.fromWire(gestureText).filter(ButtonMapping.MAPPABLE::contains).orElseThrow(() ->
                    FleetException.invalid(entry.at("gesture"), "\"" + gestureText + "\" is not a mappable gesture; use click, double, long or hold"));
            ButtonBinding binding = binding(entry);
            if (known != null) {
                check(binding, entry, known);
            }
            ButtonMapping.Press press = new ButtonMapping.Press(button == null ? 1 : button, gesture);
            if (bindings.put(press, binding) != null) {
                throw FleetException.invalid(entry.path(), "button " + press.button() + " " + gestureText + " is mapped twice");
            }
        }
        return new ButtonMapping(bindings);
    }

    /** Every gesture of buttons 1 to {@code buttons} with its binding, defaults included. */
    public Map<String, Object> write(ButtonMapping mapping, int buttons) {
        List<Object> entries = new ArrayList<>();
        for (int button = 1; button <= Math.max(1, buttons); button++) {
            for (ButtonGesture gesture : ButtonMapping.MAPPABLE) {
                entries.add(entry(button, gesture, mapping.binding(button, gesture)));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("default", mapping.isDefault());
        out.put("mappings", entries);
        return out;
    }

    /** Only what differs from the defaults, for storing. */
    public Map<String, Object> writeStored(ButtonMapping mapping) {
        List<Object> entries = new ArrayList<>();
        mapping.bindings().forEach((press, binding) -> entries.add(entry(press.button(), press.gesture(), binding)));
        return Map.of("mappings", entries);
    }

    private static ButtonBinding binding(ConfigObject entry) {
        ConfigObject a = entry.object("action");
        String type = a.requiredText("type");
        Integer step = a.integer("step");
        if (step != null && (step < 1 || step > 255)) {
            throw FleetException.invalid(a.at("step"), "must be 1-255");
        }
        ButtonAction action = switch (type) {
            case "next-favourite" -> new ButtonAction.NextFavourite();
            case "previous-favourite" -> new ButtonAction.PreviousFavourite();
            case "power-toggle" -> new ButtonAction.PowerToggle();
            case "brightness-up" -> new ButtonAction.BrightnessStep(step == null ? ButtonMapping.STEP : step);
            case "brightness-down" -> new ButtonAction.BrightnessStep(-(step == null ? ButtonMapping.STEP : step));
            case "brightness-ramp" -> new ButtonAction.BrightnessRamp(step == null ? ButtonMapping.RAMP_STEP : step);
            case "preset" -> new ButtonAction.ApplyPreset(a.requiredText("preset"));
            case "scene" -> new ButtonAction.ApplyScene(a.requiredText("scene"));
            case "none" -> new ButtonAction.Nothing();
            default -> throw FleetException.invalid(a.at("type"), "unknown action \"" + type + "\"; use next-favourite,"
                    + " previous-favourite, power-toggle, brightness-up, brightness-down, brightness-ramp, preset, scene or none");
        };
        if (!entry.has("target")) {
            return ButtonBinding.self(action);
        }
        ConfigObject target = entry.object("target");
        String device = target.text("device");
        String group = target.text("group");
        if ((device == null) == (group == null)) {
            throw FleetException.invalid(target.path(), "name exactly one of 'device' or 'group'");
        }
        if (action instanceof ButtonAction.ApplyScene || action instanceof ButtonAction.Nothing) {
            throw FleetException.invalid(target.path(), "a " + action.wireName() + " action has no target");
        }
        return new ButtonBinding(action, device, group);
    }

    private static void check(ButtonBinding binding, ConfigObject entry, KnownNames known) {
        String target = entry.at("target");
        if (binding.device() != null && (!DeviceId.isValid(binding.device()) || !known.hasDevice(binding.device()))) {
            throw FleetException.invalid(target + ".device", "no device '" + binding.device() + "' has been seen");
        }
        if (binding.group() != null && !known.hasGroup(binding.group())) {
            throw FleetException.invalid(target + ".group", "no group named '" + binding.group() + "'");
        }
        if (binding.action() instanceof ButtonAction.ApplyPreset p && !known.hasPreset(p.preset())) {
            throw FleetException.invalid(entry.at("action") + ".preset", "no preset named '" + p.preset() + "'");
        }
        if (binding.action() instanceof ButtonAction.ApplyScene s && !known.hasScene(s.scene())) {
            throw FleetException.invalid(entry.at("action") + ".scene", "no scene named '" + s.scene() + "'");
        }
    }

    private static Map<String, Object> entry(int button, ButtonGesture gesture, ButtonBinding binding) {
        Map<String, Object> action = new LinkedHashMap<>();
        ButtonAction a = binding.action();
        action.put("type", a.wireName());
        if (a instanceof ButtonAction.BrightnessStep s) {
            action.put("step", Math.abs(s.step()));
        } else if (a instanceof ButtonAction.BrightnessRamp r) {
            action.put("step", r.step());
        } else if (a instanceof ButtonAction.ApplyPreset p) {
            action.put("preset", p.preset());
        } else if (a instanceof ButtonAction.ApplyScene s) {
            action.put("scene", s.scene());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("button", button);
        out.put("gesture", gesture.wireName());
        out.put("action", action);
        if (binding.device() != null) {
            out.put("target", Map.of("device", binding.device()));
        } else if (binding.group() != null) {
            out.put("target", Map.of("group", binding.group()));
        }
        return out;
    }
}
