package dev.ledfleet.agent.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledfleet.protocol.message.ButtonGesture;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.FavouriteList;
import dev.ledfleet.protocol.message.PowerChange;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalControlTest {

    private static final FavouriteList FAVOURITES = new FavouriteList(List.of(
            new EffectChoice("solid", Map.of("color", "#ff0000")),
            EffectChoice.of("rainbow"),
            new EffectChoice("solid", Map.of("color", "#0000ff"))));

    private static DeviceState showing(boolean power, int brightness, String effect, Map<String, Object> params) {
        return new DeviceState(power, brightness, effect, params, 0, null, null, null, null);
    }

    private final LocalControl control = new LocalControl();

    @Test
    void click_onFirstFavourite_showsTheSecond() {
        SetCommand command = control.commandFor(ButtonGesture.CLICK, showing(true, 100, "solid", Map.of("color", "#ff0000")),
                FAVOURITES).orElseThrow();

        assertEquals("rainbow", command.effect());
        assertEquals(PowerChange.ON, command.power());
    }

    @Test
    void click_sameEffectOtherParams_movesPastTheExactMatch() {
        SetCommand command = control.commandFor(ButtonGesture.CLICK, showing(true, 100, "solid", Map.of("color", "#0000ff")),
                FAVOURITES).orElseThrow();

        assertEquals(Map.of("color", "#ff0000"), command.params(), "wraps from the last favourite to the first");
    }

    @Test
    void click_effectNotAFavourite_startsAtTheFirst() {
        SetCommand command = control.commandFor(ButtonGesture.CLICK, showing(true, 100, "comet", Map.of()), FAVOURITES)
                .orElseThrow();

        assertEquals(FAVOURITES.favourites().get(0).params(), command.params());
    }

    @Test
    void click_favouriteShownWithItsDefaultsFilledIn_isRecognised() {
        SetCommand command = control.commandFor(ButtonGesture.CLICK,
                showing(true, 100, "rainbow", Map.of("speed", 1.0)), FAVOURITES).orElseThrow();

        assertEquals(Map.of("color", "#0000ff"), command.params());
    }

    @Test
    void longThenRelease_togglesPowerOnRelease() {
        DeviceState state = showing(true, 100, "solid", Map.of());
        assertTrue(control.commandFor(ButtonGesture.LONG, state, FAVOURITES).isEmpty());
        assertEquals(PowerChange.TOGGLE, control.commandFor(ButtonGesture.RELEASE, state, FAVOURITES).orElseThrow().power());
    }

    @Test
    void longThenHolds_rampWithoutTogglingThenTheNextRampGoesDown() {
        DeviceState state = showing(true, 100, "solid", Map.of());
        assertTrue(control.commandFor(ButtonGesture.LONG, state, FAVOURITES).isEmpty());
        SetCommand up = control.commandFor(ButtonGesture.HOLD, state, FAVOURITES).orElseThrow();
        assertEquals(124, up.brightness());
        assertEquals(PowerChange.ON, up.power());
        assertTrue(control.commandFor(ButtonGesture.RELEASE, state, FAVOURITES).isEmpty(), "no toggle after a ramp");

        control.commandFor(ButtonGesture.LONG, state, FAVOURITES);
        assertEquals(76, control.commandFor(ButtonGesture.HOLD, state, FAVOURITES).orElseThrow().brightness());
    }

    @Test
    void hold_atTheTop_clampsAndTurnsBack() {
        assertEquals(255, control.commandFor(ButtonGesture.HOLD, showing(true, 250, "solid", Map.of()), FAVOURITES)
                .orElseThrow().brightness());
        assertEquals(226, control.commandFor(ButtonGesture.HOLD, showing(true, 250, "solid", Map.of()), FAVOURITES)
                .orElseThrow().brightness());
    }

    @Test
    void double_doesNothingLocally() {
        assertTrue(control.commandFor(ButtonGesture.DOUBLE, showing(true, 1, "solid", Map.of()), FAVOURITES).isEmpty());
    }
}
