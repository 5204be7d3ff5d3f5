package dev.ledfleet.controller.button;

import dev.ledfleet.protocol.message.ButtonGesture;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What each gesture of a device's buttons does. Gestures left out keep their default: click = next
 * favourite, double = previous, long = power toggle, hold = brightness ramp. {@code release} is not
 * mappable: it only ends a ramp.
 */
public record ButtonMapping(Map<ButtonGesture, ButtonBinding> bindings) {

    /** Brightness change per hold repeat, the same as the agent's own offline ramp. */
    public static final int RAMP_STEP = 24;
    public static final int STEP = 32;
    public static final List<ButtonGesture> MAPPABLE = List.of(ButtonGesture.CLICK, ButtonGesture.DOUBLE,
            ButtonGesture.LONG, ButtonGesture.HOLD);
    public static final ButtonMapping DEFAULT = new ButtonMapping(Map.of());

    public ButtonMapping {
        Map<ButtonGesture, ButtonBinding> copy = new EnumMap<>(ButtonGesture.class);
        copy.putAll(bindings);
        if (copy.containsKey(ButtonGesture.RELEASE)) {
            throw new IllegalArgumentException("release cannot be mapped; it ends a hold");
        }
        bindings = java.util.Collections.unmodifiableMap(copy);
    }

    /** The binding for {@code gesture}, falling back to the default. */
    public ButtonBinding binding(ButtonGesture gesture) {
        ButtonBinding own = bindings.get(gesture);
        return own != null ? own : defaultBinding(gesture);
    }

    public static ButtonBinding defaultBinding(ButtonGesture gesture) {
        return ButtonBinding.self(switch (gesture) {
            case CLICK -> new ButtonAction.NextFavourite();
            case DOUBLE -> new ButtonAction.PreviousFavourite();
            case LONG -> new ButtonAction.PowerToggle();
            case HOLD -> new ButtonAction.BrightnessRamp(RAMP_STEP);
            case RELEASE -> new ButtonAction.Nothing();
        });
    }
}
