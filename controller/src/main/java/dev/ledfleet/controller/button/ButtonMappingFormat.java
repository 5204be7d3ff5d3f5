package dev.ledfleet.controller.button;

import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.controller.rules.ConfigObject;
import dev.ledfleet.controller.rules.KnownNames;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.ButtonGesture;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Button mappings as plain maps, the shape of {@code GET/PUT /api/devices/{id}/buttons} and of the
 * {@code buttons} section of the stored configuration:
 * {@code {"gestures":{"click":{"action":"next-favourite","group":"living-room"},"hold":{"action":"brightness-ramp","step":24}}}}.
 */
public final class ButtonMappingFormat {

    /** Reads and checks a mapping; {@code known} null skips the checks of names (when loading the store). */
    public ButtonMapping read(Object plain, KnownNames known) {
        ConfigObject body = ConfigObject.of(plain, "");
        ConfigObject gestures = body.has("gestures") ? body.object("gestures") : new ConfigObject(Map.of(), "gestures");
        Map<ButtonGesture, ButtonBinding> bindings = new EnumMap<>(ButtonGesture.class);
        for (Object key : gestures.map().keySet()) {
            String name = String.valueOf(key);
            ButtonGesture gesture = ButtonGesture.fromWire(name).filter(ButtonMapping.MAPPABLE::contains).orElseThrow(() ->
                    FleetException.invalid(gestures.at(name), "not a mappable gesture; use click, double, long or hold"));
            ButtonBinding binding = binding(gestures.object(name));
            if (known != null) {
                check(binding, gestures.at(name), known);
            }
            bindings.put(gesture, binding);
        }
        return new ButtonMapping(bindings);
    }

    /** Every mappable gesture with its binding, marking the ones that are defaults. */
    public Map<String, Object> write(ButtonMapping mapping) {
        Map<String, Object> gestures = new LinkedHashMap<>();
        for (ButtonGesture gesture : ButtonMapping.MAPPABLE) {
            Map<String, Object> binding = write(mapping.binding(gesture));
            binding.put("default", !mapping.bindings().containsKey(gesture));
            gestures.put(gesture.wireName(), binding);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("gestures", gestures);
        return out;
    }

    /** Only the gestures set explicitly, for storing. */
    public Map<String, Object> writeStored(ButtonMapping mapping) {
        Map<String, Object> gestures = new LinkedHashMap<>();
        mapping.bindings().forEach((gesture, binding) -> gestures.put(gesture.wireName(), write(binding)));
        return Map.of("gestures", gestures);
    }

    private static ButtonBinding binding(ConfigObject o) {
        String action = o.requiredText("action");
        Integer step = o.integer("step");
        if (step != null && (step < 1 || step > 255)) {
            throw FleetException.invalid(o.at("step"), "must be 1-255");
        }
        ButtonAction parsed = switch (action) {
            case "next-favourite" -> new ButtonAction.NextFavourite();
            case "previous-favourite" -> new ButtonAction.PreviousFavourite();
            case "power-toggle" -> new ButtonAction.PowerToggle();
            case "brightness-up" -> new ButtonAction.BrightnessStep(step == null ? ButtonMapping.STEP : step);
            case "brightness-down" -> new ButtonAction.BrightnessStep(-(step == null ? ButtonMapping.STEP : step));
            case "brightness-ramp" -> new ButtonAction.BrightnessRamp(step == null ? ButtonMapping.RAMP_STEP : step);
            case "preset" -> new ButtonAction.ApplyPreset(o.requiredText("preset"));
            case "scene" -> new ButtonAction.ApplyScene(o.requiredText("scene"));
            case "none" -> new ButtonAction.Nothing();
            default -> throw FleetException.invalid(o.at("action"), "unknown action \"" + action + "\"; use next-favourite,"
                    + " previous-favourite, power-toggle, brightness-up, brightness-down, brightness-ramp, preset, scene or none");
        };
        String device = o.text("device");
        String group = o.text("group");
        if (device != null && group != null) {
            throw FleetException.invalid(o.at("group"), "name at most one of 'device' or 'group'");
        }
        if (parsed instanceof ButtonAction.ApplyScene && (device != null || group != null)) {
            throw FleetException.invalid(o.at(device != null ? "device" : "group"), "a scene says itself which devices it drives");
        }
        return new ButtonBinding(parsed, device, group);
    }

    private static void check(ButtonBinding binding, String path, KnownNames known) {
        if (binding.device() != null && (!DeviceId.isValid(binding.device()) || !known.hasDevice(binding.device()))) {
            throw FleetException.invalid(path + ".device", "no device '" + binding.device() + "' has been seen");
        }
        if (binding.group() != null && !known.hasGroup(binding.group())) {
            throw FleetException.invalid(path + ".group", "no group named '" + binding.group() + "'");
        }
        if (binding.action() instanceof ButtonAction.ApplyPreset p && !known.hasPreset(p.preset())) {
            throw FleetException.invalid(path + ".preset", "no preset named '" + p.preset() + "'");
        }
        if (binding.action() instanceof ButtonAction.ApplyScene s && !known.hasScene(s.scene())) {
            throw FleetException.invalid(path + ".scene", "no scene named '" + s.scene() + "'");
        }
    }

    private static Map<String, Object> write(ButtonBinding binding) {
        Map<String, Object> out = new LinkedHashMap<>();
        ButtonAction action = binding.action();
        out.put("action", action.wireName());
        if (action instanceof ButtonAction.BrightnessStep s) {
            out.put("step", Math.abs(s.step()));
        } else if (action instanceof ButtonAction.BrightnessRamp r) {
            out.put("step", r.step());
        } else if (action instanceof ButtonAction.ApplyPreset p) {
            out.put("preset", p.preset());
        } else if (action instanceof ButtonAction.ApplyScene s) {
            out.put("scene", s.scene());
        }
        if (binding.device() != null) {
            out.put("device", binding.device());
        }
        if (binding.group() != null) {
            out.put("group", binding.group());
        }
        return out;
    }
}
