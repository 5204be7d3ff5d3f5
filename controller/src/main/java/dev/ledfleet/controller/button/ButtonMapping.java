package dev.ledfleet.controller.button;

import dev.ledfleet.protocol.message.ButtonGesture;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each gesture of each of a device's buttons does. Gestures left out keep their default:
 * click = next favourite, double = previous, long = power toggle, hold = brightness ramp.
 * {@code release} is not mappable: it only ends a ramp. Bindings equal to the default are dropped,
 * so a mapping that changes nothing is {@link #isDefault()}.
 */
public record ButtonMapping(Map<Press, ButtonBinding> bindings) {

    /** Brightness change per hold repeat, the same as the agent's own offline ramp. */
    public static final int RAMP_STEP = 24;
    public static final int STEP = 32;
    public static final List<ButtonGesture> MAPPABLE = List.of(ButtonGesture.CLICK, ButtonGesture.DOUBLE,
            ButtonGesture.LONG, ButtonGesture.HOLD);
    public static final ButtonMapping DEFAULT = new ButtonMapping(Map.of());

    /** One gesture on one button, buttons numbered from 1. */
    public record Press(int button, ButtonGesture gesture) {

        public Press {
            if (button < 1) {
                throw new IllegalArgumentException("buttons are numbered from 1, got " + button);
            }
            if (!MAPPABLE.contains(gesture)) {
                throw new IllegalArgumentException(gesture.wireName() + " cannot be mapped");
            }
        }
    }

    public ButtonMapping {
        Map<Press, ButtonBinding> kept = new LinkedHashMap<>();
        bindings.forEach((press, binding) -> {
            if (!binding.equals(defaultBinding(press.gesture()))) {
                kept.put(press, binding);
            }
        });
        bindings = Collections.unmodifiableMap(kept);
    }

    public boolean isDefault() {
        return bindings.isEmpty();
    }

    /** The binding for a gesture on a button, falling back to the default. */
    public ButtonBinding binding(int button, ButtonGesture gesture) {
        ButtonBinding own = MAPPABLE.contains(gesture) && button >= 1 ? bindings.get(new Press(button, gesture)) : null;
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
