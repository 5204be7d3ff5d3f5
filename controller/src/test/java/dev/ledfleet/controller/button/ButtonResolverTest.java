package dev.ledfleet.controller.button;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.protocol.message.ButtonEvent;
import dev.ledfleet.protocol.message.ButtonGesture;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.PowerChange;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ButtonResolverTest {

    static final EffectChoice RAINBOW = new EffectChoice("custom-color-chase", Map.of("colors", List.of("#ff0000", "#00ff00")));
    static final EffectChoice WHITE_SPARKLE = new EffectChoice("sparkle", Map.of("color", "#ffffff"));
    static final EffectChoice RED_CHASE = new EffectChoice("chase", Map.of("color", "#ff0000"));
    static final EffectChoice RED_BLUE = new EffectChoice("custom-color-chase", Map.of("colors", List.of("#ff0000", "#0000ff")));

    final Map<String, DeviceState> states = new HashMap<>();
    final Map<String, List<EffectChoice>> favourites = new HashMap<>();
    final Map<String, List<String>> groups = new HashMap<>();
    final ButtonView view = new ButtonView() {
        public DeviceState current(String device) {
            return states.get(device);
        }

        public List<EffectChoice> favourites(String device) {
            return favourites.getOrDefault(device, List.of());
        }

        public List<String> members(String group) {
            return groups.getOrDefault(group, List.of());
        }
    };
    final ButtonResolver resolver = new ButtonResolver();
    long seq;
    long now = 1_000_000;

    static DeviceState showing(boolean power, int brightness, EffectChoice choice) {
        return new DeviceState(power, brightness, choice.effect(), choice.params(), 0, null, null, null, null);
    }

    ButtonCommand press(String device, ButtonGesture gesture, ButtonMapping mapping) {
        now += 500;
        return resolver.resolve(device, new ButtonEvent(1, gesture, ++seq, now), mapping, view, now);
    }

    SetCommand patch(ButtonCommand command) {
        assertThat(command).isInstanceOf(ButtonCommand.Patch.class);
        return ((ButtonCommand.Patch) command).patch();
    }

    @ParameterizedTest(name = "showing favourite {0}, {1} -> favourite {2}")
    @CsvSource({
            "0, click, 1",
            "3, click, 0",
            "0, double, 3",
            "2, double, 1",
            "-1, click, 0",
            "-1, double, 3",
    })
    void defaultMapping_clickAndDouble_stepThroughFavourites_wrappingAround(int showing, String gesture, int expected) {
        List<EffectChoice> list = List.of(RAINBOW, WHITE_SPARKLE, RED_CHASE, RED_BLUE);
        favourites.put("fiber-lamp", list);
        states.put("fiber-lamp", showing < 0 ? showing(true, 100, EffectChoice.of("fire")) : showing(true, 100, list.get(showing)));

        SetCommand patch = patch(press("fiber-lamp", ButtonGesture.fromWire(gesture).orElseThrow(), ButtonMapping.DEFAULT));

        assertThat(patch.effect()).isEqualTo(list.get(expected).effect());
        assertThat(patch.params()).isEqualTo(list.get(expected).params());
        assertThat(patch.power()).isEqualTo(PowerChange.ON);
    }

    @Test
    void sameEffectTwiceInFavourites_isToldApartByItsParams() {
        favourites.put("fiber-lamp", List.of(RAINBOW, WHITE_SPARKLE, RED_CHASE, RED_BLUE));
        states.put("fiber-lamp", showing(true, 100, RED_BLUE));

        SetCommand patch = patch(press("fiber-lamp", ButtonGesture.CLICK, ButtonMapping.DEFAULT));

        assertThat(patch.params()).isEqualTo(RAINBOW.params());
    }

    @Test
    void favouriteOrder_staysFrozenWhileSomeoneKeepsPressing() {
        favourites.put("fiber-lamp", List.of(RAINBOW, WHITE_SPARKLE, RED_CHASE));
        states.put("fiber-lamp", showing(true, 100, RAINBOW));
        patch(press("fiber-lamp", ButtonGesture.CLICK, ButtonMapping.DEFAULT));

        // Usage moved sparkle to the top meanwhile; the cycle goes on in the order it started with.
        favourites.put("fiber-lamp", List.of(WHITE_SPARKLE, RAINBOW, RED_CHASE));
        states.put("fiber-lamp", showing(true, 100, WHITE_SPARKLE));
        assertThat(patch(press("fiber-lamp", ButtonGesture.CLICK, ButtonMapping.DEFAULT)).effect()).isEqualTo("chase");

        now += FavouriteCycle.FREEZE_MS;
        assertThat(patch(press("fiber-lamp", ButtonGesture.CLICK, ButtonMapping.DEFAULT)).effect()).isEqualTo("custom-color-chase");
    }

    @Test
    void noFavourites_doesNothing_andSaysWhy() {
        states.put("fiber-lamp", showing(true, 100, RAINBOW));

        ButtonCommand command = press("fiber-lamp", ButtonGesture.CLICK, ButtonMapping.DEFAULT);

        assertThat(command).isInstanceOf(ButtonCommand.None.class);
        assertThat(((ButtonCommand.None) command).reason()).contains("no favourites");
    }

    @Test
    void long_togglesPowerToAnAbsoluteValue() {
        states.put("fiber-lamp", showing(true, 100, RAINBOW));
        assertThat(patch(press("fiber-lamp", ButtonGesture.LONG, ButtonMapping.DEFAULT)).power()).isEqualTo(PowerChange.OFF);

        states.put("fiber-lamp", showing(false, 100, RAINBOW));
        assertThat(patch(press("fiber-lamp", ButtonGesture.LONG, ButtonMapping.DEFAULT)).power()).isEqualTo(PowerChange.ON);
    }

    /** Brightness after each gesture of a timeline, starting from 100; "-" for gestures that send nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one hold ramps up                  | hold,hold,hold                          | 124,148,172
            new hold after release goes down   | hold,hold,release,hold,hold             | 124,148,-,124,100
            each new hold flips again          | hold,release,hold,release,hold          | 124,-,100,-,124
            a click between holds starts anew  | hold,click,hold                         | 124,-,100
            """)
    void hold_ramps_andEachNewHoldReversesDirection(String name, String gestures, String expected) {
        states.put("fiber-lamp", showing(true, 100, RAINBOW));
        String[] wanted = expected.split(",");
        String[] timeline = gestures.split(",");
        for (int i = 0; i < timeline.length; i++) {
            ButtonGesture gesture = ButtonGesture.fromWire(timeline[i]).orElseThrow();
            ButtonCommand command = press("fiber-lamp", gesture, ButtonMapping.DEFAULT);
            if (gesture != ButtonGesture.HOLD) {
                continue;
            }
            SetCommand patch = patch(command);
            assertThat(patch.brightness()).as("after %s #%d", gesture, i).isEqualTo(Integer.parseInt(wanted[i]));
            states.put("fiber-lamp", showing(true, patch.brightness(), RAINBOW));
        }
    }

    @Test
    void hold_bouncesAtTheTop_andNeverGoesBelowTheFloor() {
        states.put("fiber-lamp", showing(true, 240, RAINBOW));
        int[] seen = new int[4];
        for (int i = 0; i < seen.length; i++) {
            SetCommand patch = patch(press("fiber-lamp", ButtonGesture.HOLD, ButtonMapping.DEFAULT));
            seen[i] = patch.brightness();
            states.put("fiber-lamp", showing(true, seen[i], RAINBOW));
        }
        assertThat(seen).containsExactly(255, 231, 207, 183);

        states.put("fiber-lamp", showing(true, 20, RAINBOW));
        assertThat(patch(press("fiber-lamp", ButtonGesture.HOLD, ButtonMapping.DEFAULT)).brightness()).isEqualTo(HoldRamp.MIN);
        states.put("fiber-lamp", showing(true, HoldRamp.MIN, RAINBOW));
        assertThat(patch(press("fiber-lamp", ButtonGesture.HOLD, ButtonMapping.DEFAULT)).brightness()).isEqualTo(32);
    }

    @Test
    void hold_switchesTheLightOn() {
        states.put("fiber-lamp", showing(false, 100, RAINBOW));

        assertThat(patch(press("fiber-lamp", ButtonGesture.HOLD, ButtonMapping.DEFAULT)).power()).isEqualTo(PowerChange.ON);
    }

    @Test
    void mappingToAGroup_stepsFromItsFirstKnownMember_andTargetsTheGroup() {
        groups.put("living-room", List.of("attic-strip", "pixel-grid", "fiber-lamp"));
        states.put("pixel-grid", showing(true, 90, RED_CHASE));
        favourites.put("pixel-grid", List.of(RED_CHASE, WHITE_SPARKLE));
        ButtonMapping mapping = new ButtonMapping(Map.of(press(1, ButtonGesture.CLICK), new ButtonBinding(new ButtonAction.NextFavourite(), null, "living-room")));

        ButtonCommand command = press("fiber-lamp", ButtonGesture.CLICK, mapping);

        ButtonCommand.Patch patch = (ButtonCommand.Patch) command;
        assertThat(patch.group()).isEqualTo("living-room");
        assertThat(patch.device()).isNull();
        assertThat(patch.patch().effect()).isEqualTo("sparkle");
    }

    @Test
    void mappingToAnotherDevice_drivesThatDevice() {
        states.put("pixel-grid", showing(true, 90, RED_CHASE));
        ButtonMapping mapping = new ButtonMapping(Map.of(press(1, ButtonGesture.DOUBLE),
                new ButtonBinding(new ButtonAction.BrightnessStep(-32), "pixel-grid", null)));

        ButtonCommand.Patch patch = (ButtonCommand.Patch) press("fiber-lamp", ButtonGesture.DOUBLE, mapping);

        assertThat(patch.device()).isEqualTo("pixel-grid");
        assertThat(patch.patch().brightness()).isEqualTo(58);
    }

    @Test
    void sceneAndPresetMappings_becomeSceneAndPresetCommands() {
        ButtonMapping mapping = new ButtonMapping(Map.of(
                press(1, ButtonGesture.CLICK), ButtonBinding.self(new ButtonAction.ApplyScene("movie")),
                press(1, ButtonGesture.DOUBLE), new ButtonBinding(new ButtonAction.ApplyPreset("cosy"), null, "living-room"),
                press(1, ButtonGesture.LONG), ButtonBinding.self(new ButtonAction.ApplyPreset("cosy"))));

        assertThat(press("fiber-lamp", ButtonGesture.CLICK, mapping)).isEqualTo(new ButtonCommand.Scene("movie"));
        assertThat(press("fiber-lamp", ButtonGesture.DOUBLE, mapping)).isEqualTo(new ButtonCommand.Preset("cosy", null, "living-room"));
        assertThat(press("fiber-lamp", ButtonGesture.LONG, mapping)).isEqualTo(new ButtonCommand.Preset("cosy", "fiber-lamp", null));
    }

    @Test
    void gesturesLeftOut_keepTheirDefaults_andEachButtonHasItsOwnMapping() {
        ButtonMapping mapping = new ButtonMapping(Map.of(
                press(1, ButtonGesture.CLICK), ButtonBinding.self(new ButtonAction.Nothing()),
                press(2, ButtonGesture.CLICK), ButtonBinding.self(new ButtonAction.ApplyScene("movie")),
                press(2, ButtonGesture.LONG), ButtonBinding.self(new ButtonAction.PowerToggle())));

        assertThat(mapping.binding(1, ButtonGesture.CLICK).action()).isEqualTo(new ButtonAction.Nothing());
        assertThat(mapping.binding(1, ButtonGesture.DOUBLE).action()).isEqualTo(new ButtonAction.PreviousFavourite());
        assertThat(mapping.binding(1, ButtonGesture.LONG).action()).isEqualTo(new ButtonAction.PowerToggle());
        assertThat(mapping.binding(1, ButtonGesture.HOLD).action()).isEqualTo(new ButtonAction.BrightnessRamp(ButtonMapping.RAMP_STEP));
        assertThat(mapping.binding(2, ButtonGesture.CLICK).action()).isEqualTo(new ButtonAction.ApplyScene("movie"));
        assertThat(mapping.bindings()).hasSize(2); // the long press of button 2 is the default anyway
        assertThat(press("fiber-lamp", ButtonGesture.CLICK, mapping)).isInstanceOf(ButtonCommand.None.class);
        now += 500;
        assertThat(resolver.resolve("fiber-lamp", new ButtonEvent(2, ButtonGesture.CLICK, ++seq, now), mapping, view, now))
                .isEqualTo(new ButtonCommand.Scene("movie"));
    }

    static ButtonMapping.Press press(int button, ButtonGesture gesture) {
        return new ButtonMapping.Press(button, gesture);
    }
}
