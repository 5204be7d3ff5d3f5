package dev.ledfleet.controller.homeassistant;

import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.effect.EffectSpec;
import dev.ledfleet.protocol.effect.ParamType;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.PowerChange;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates between Home Assistant's JSON light schema and ledfleet. A command
 * {@code {"state":"ON","brightness":200,"color":{"r":255,"g":0,"b":0},"effect":"comet","transition":1.5}}
 * becomes a set patch; an RGB colour goes to the effect's {@code color} parameter, or shows as the
 * {@code solid} effect when the effect has none. A device state becomes
 * {@code {"state":"ON","brightness":200,"effect":"comet","color_mode":"rgb","color":{...}}}.
 */
public final class HaTranslation {

    static final String SOLID = "solid";
    static final String COLOR = "color";

    private final EffectCatalog catalog;

    public HaTranslation(EffectCatalog catalog) {
        this.catalog = catalog;
    }

    /** The patch for a Home Assistant command; throws {@link IllegalArgumentException} saying what is wrong. */
    public SetCommand command(Map<?, ?> ha, DeviceState current) {
        PowerChange power = null;
        Object state = ha.get("state");
        if (state != null) {
            power = switch (String.valueOf(state)) {
                case "ON" -> PowerChange.ON;
                case "OFF" -> PowerChange.OFF;
                default -> throw new IllegalArgumentException("state must be \"ON\" or \"OFF\", got " + state);
            };
        }
        Integer brightness = null;
        if (ha.get("brightness") != null) {
            if (!(ha.get("brightness") instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 255) {
                throw new IllegalArgumentException("brightness must be a number 0-255, got " + ha.get("brightness"));
            }
            brightness = (int) Math.round(((Number) ha.get("brightness")).doubleValue());
        }
        String effect = null;
        if (ha.get("effect") != null) {
            effect = String.valueOf(ha.get("effect"));
            if (catalog.find(effect).isEmpty()) {
                throw new IllegalArgumentException("unknown effect \"" + effect + '"');
            }
        }
        Map<String, Object> params = null;
        if (ha.get("color") instanceof Map<?, ?> rgb) {
            String hex = HaColor.toHex(rgb);
            String target = effect != null ? effect : current != null ? current.effect() : null;
            if (target == null || !hasColorParam(target)) {
                effect = SOLID;
            }
            params = Map.of(COLOR, hex);
        } else if (ha.get("color") != null) {
            throw new IllegalArgumentException("color must be an object {\"r\",\"g\",\"b\"}");
        }
        Integer transitionMs = null;
        if (ha.get("transition") instanceof Number seconds) {
            transitionMs = (int) Math.max(0, Math.min(SetCommand.MAX_TRANSITION_MS, Math.round(seconds.doubleValue() * 1000)));
        }
        if (brightness != null && power == null) {
            power = PowerChange.ON;
        }
        SetCommand patch = new SetCommand(null, power, brightness, effect, params, transitionMs, null, null);
        if (patch.isEmpty()) {
            throw new IllegalArgumentException("the command changes nothing ledfleet supports: " + ha.keySet());
        }
        return patch;
    }

    /** The state as Home Assistant's JSON schema reports it. */
    public Map<String, Object> state(DeviceState state) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("state", state.power() ? "ON" : "OFF");
        out.put("brightness", state.brightness());
        out.put("effect", state.effect());
        out.put("color_mode", "rgb");
        Object color = state.params().get(COLOR);
        if (color == null && state.params().get("colors") instanceof List<?> colors && !colors.isEmpty()) {
            color = colors.get(0);
        }
        if (color == null) {
            color = catalog.find(state.effect()).flatMap(spec -> spec.param(COLOR)).map(p -> p.defaultValue()).orElse(null);
        }
        Map<String, Object> rgb = HaColor.fromHex(color);
        if (rgb != null) {
            out.put("color", rgb);
        }
        return out;
    }

    /** The effects Home Assistant may choose for a device: those it supports, in catalog order. */
    public List<String> effectList(List<String> supported) {
        return catalog.all().stream().map(EffectSpec::id).filter(id -> supported == null || supported.isEmpty() || supported.contains(id)).toList();
    }

    private boolean hasColorParam(String effect) {
        return catalog.find(effect).flatMap(spec -> spec.param(COLOR)).map(p -> p.type() == ParamType.COLOR).orElse(false);
    }
}
