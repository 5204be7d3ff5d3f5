package dev.ledfleet.agent.local;

import dev.ledfleet.protocol.message.ButtonGesture;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.FavouriteList;
import dev.ledfleet.protocol.message.PowerChange;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.List;
import java.util.Optional;

/**
 * What the button does by itself when nobody is listening on the network: {@code click} shows the
 * next favourite after the one on show (and switches on), {@code long} toggles power, {@code hold}
 * ramps the brightness by {@value #RAMP_STEP} per repeat, bouncing between {@value #MIN_BRIGHTNESS}
 * and 255, and each ramp goes the other way from the last, as on a wall dimmer.
 *
 * <p>Every hold starts as a long press, so the power toggle waits for the {@code release}: a long
 * press let go before the first {@code hold} toggles power, one held on dims instead (switching on
 * a lamp that was off). Pure: the caller submits the commands.
 */
public final class LocalControl {

    static final int RAMP_STEP = 24;
    static final int MIN_BRIGHTNESS = 8;
    static final int TRANSITION_MS = 300;

    private int rampDirection = 1;
    private boolean togglePending;
    private boolean ramped;
    private long count;

    /** The command a gesture stands for on a device showing {@code current}, if any. */
    public Optional<SetCommand> commandFor(ButtonGesture gesture, DeviceState current, FavouriteList favourites) {
        return switch (gesture) {
            case CLICK -> nextFavourite(current, favourites.favourites());
            case LONG -> {
                togglePending = true;
                yield Optional.empty();
            }
            case HOLD -> {
                togglePending = false;
                ramped = true;
                yield Optional.of(command(PowerChange.ON, ramp(current.brightness()), null, null));
            }
            case RELEASE -> released();
            case DOUBLE -> Optional.empty();
        };
    }

    private Optional<SetCommand> nextFavourite(DeviceState current, List<EffectChoice> favourites) {
        if (favourites.isEmpty()) {
            return current.power() ? Optional.empty() : Optional.of(command(PowerChange.ON, null, null, null));
        }
        int index = indexOfShown(favourites, current);
        EffectChoice next = favourites.get((index + 1) % favourites.size());
        return Optional.of(command(PowerChange.ON, null, next.effect(), next));
    }

    /**
     * The favourite on show: same effect, and every parameter it names has that value now (the shown
     * state also carries the defaults the favourite left out). -1 when none is, so a click starts at
     * the first favourite.
     */
    private static int indexOfShown(List<EffectChoice> favourites, DeviceState current) {
        for (int i = 0; i < favourites.size(); i++) {
            EffectChoice favourite = favourites.get(i);
            if (favourite.effect().equals(current.effect())
                    && current.params().entrySet().containsAll(favourite.params().entrySet())) {
                return i;
            }
        }
        return -1;
    }

    private Optional<SetCommand> released() {
        if (ramped) {
            ramped = false;
            rampDirection = -rampDirection;
        }
        if (togglePending) {
            togglePending = false;
            return Optional.of(command(PowerChange.TOGGLE, null, null, null));
        }
        return Optional.empty();
    }

    private int ramp(int brightness) {
        int next = brightness + rampDirection * RAMP_STEP;
        if (next >= 255 || next <= MIN_BRIGHTNESS) {
            rampDirection = -rampDirection;
        }
        return Math.max(MIN_BRIGHTNESS, Math.min(255, next));
    }

    private SetCommand command(PowerChange power, Integer brightness, String effect, EffectChoice choice) {
        count++;
        return new SetCommand("button-" + count, power, brightness, effect, choice == null ? null : choice.params(),
                effect == null ? null : TRANSITION_MS, null, null);
    }
}
