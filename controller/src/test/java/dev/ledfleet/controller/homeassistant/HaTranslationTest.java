package dev.ledfleet.controller.homeassistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.PowerChange;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HaTranslationTest {

    final HaTranslation translation = new HaTranslation(EffectCatalog.standard());
    static final DeviceState CHASE = new DeviceState(true, 100, "chase", Map.of("color", "#00ff00"), 0, null, null, null, null);

    @Test
    void command_onWithBrightness_becomesPowerAndBrightness() {
        SetCommand patch = translation.command(Map.of("state", "ON", "brightness", 200), CHASE);

        assertThat(patch.power()).isEqualTo(PowerChange.ON);
        assertThat(patch.brightness()).isEqualTo(200);
        assertThat(patch.effect()).isNull();
    }

    @Test
    void command_off_becomesPowerOff() {
        assertThat(translation.command(Map.of("state", "OFF"), CHASE).power()).isEqualTo(PowerChange.OFF);
    }

    @Test
    void command_color_goesToTheCurrentEffectsColorParam() {
        SetCommand patch = translation.command(Map.of("state", "ON", "color", Map.of("r", 255, "g", 128, "b", 0)), CHASE);

        assertThat(patch.effect()).isNull();
        assertThat(patch.params()).containsEntry("color", "#ff8000");
    }

    @Test
    void command_color_onAnEffectWithoutColor_showsSolid() {
        DeviceState rainbow = new DeviceState(true, 100, "custom-color-chase", Map.of(), 0, null, null, null, null);

        SetCommand patch = translation.command(Map.of("color", Map.of("r", 0, "g", 0, "b", 255)), rainbow);

        assertThat(patch.effect()).isEqualTo("solid");
        assertThat(patch.params()).containsEntry("color", "#0000ff");
    }

    @Test
    void command_effectAndTransition_areTranslated() {
        SetCommand patch = translation.command(Map.of("effect", "sparkle", "transition", 1.5), CHASE);

        assertThat(patch.effect()).isEqualTo("sparkle");
        assertThat(patch.transitionMs()).isEqualTo(1500);
    }

    @Test
    void command_unknownEffectOrBadState_isRefusedWithTheReason() {
        assertThatThrownBy(() -> translation.command(Map.of("effect", "disco"), CHASE)).hasMessageContaining("unknown effect \"disco\"");
        assertThatThrownBy(() -> translation.command(Map.of("state", "DIM"), CHASE)).hasMessageContaining("\"ON\" or \"OFF\"");
        assertThatThrownBy(() -> translation.command(Map.of("color_temp", 300), CHASE)).hasMessageContaining("changes nothing");
        assertThatThrownBy(() -> translation.command(Map.of("color", Map.of("r", 300, "g", 0, "b", 0)), CHASE))
                .hasMessageContaining("color.r");
    }

    @Test
    void state_isHomeAssistantsJsonSchema() {
        Map<String, Object> state = translation.state(CHASE);

        assertThat(state).containsEntry("state", "ON").containsEntry("brightness", 100).containsEntry("effect", "chase")
                .containsEntry("color_mode", "rgb").containsEntry("color", Map.of("r", 0, "g", 255, "b", 0));
    }

    @Test
    void state_ofAnEffectWithAColourList_showsItsFirstColour_andOffIsOff() {
        DeviceState off = new DeviceState(false, 40, "custom-color-chase", Map.of("colors", List.of("#ff0000", "#0000ff")), 0,
                null, null, null, null);

        Map<String, Object> state = translation.state(off);

        assertThat(state).containsEntry("state", "OFF").containsEntry("color", Map.of("r", 255, "g", 0, "b", 0));
    }

    @Test
    void roundTrip_commandThenReportedState_givesBackWhatHomeAssistantAsked() {
        SetCommand patch = translation.command(Map.of("state", "ON", "brightness", 77, "effect", "sparkle",
                "color", Map.of("r", 10, "g", 20, "b", 30)), CHASE);
        DeviceState applied = new DeviceState(true, patch.brightness(), patch.effect(), patch.params(), 0, null, null, null, null);

        assertThat(translation.state(applied)).containsEntry("state", "ON").containsEntry("brightness", 77)
                .containsEntry("effect", "sparkle").containsEntry("color", Map.of("r", 10, "g", 20, "b", 30));
    }
}
