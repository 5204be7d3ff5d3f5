package dev.ledfleet.controller.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.PowerChange;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DesiredStateTest {

    private static final DeviceState CHASE = new DeviceState(true, 100, "chase", Map.of("color", "#ff0000", "speed", 0.1),
            0, null, null, "c-1", null);

    private static SetCommand patch(PowerChange power, Integer brightness, String effect, Map<String, Object> params) {
        return new SetCommand(null, power, brightness, effect, params, null, null, null);
    }

    @Test
    void apply_paramsWithoutEffect_mergeIntoTheCurrentOnes() {
        DeviceState next = DesiredState.apply(CHASE, patch(null, null, null, Map.of("color", "#00ff00")));

        assertThat(next.params()).containsEntry("color", "#00ff00").containsEntry("speed", 0.1);
        assertThat(next.commandId()).isNull();
    }

    @Test
    void apply_newEffect_dropsTheOldEffectsParams() {
        DeviceState next = DesiredState.apply(CHASE, patch(null, null, "sparkle", null));

        assertThat(next.effect()).isEqualTo("sparkle");
        assertThat(next.params()).isEmpty();
    }

    @Test
    void apply_toggle_flipsThePower() {
        assertThat(DesiredState.apply(CHASE, patch(PowerChange.TOGGLE, null, null, null)).power()).isFalse();
    }

    @Test
    void differs_numbersAreComparedByValue_andColoursWithoutCase() {
        DeviceState desired = DesiredState.apply(CHASE, patch(null, null, null, Map.of("speed", 1, "color", "#FF0000")));
        DeviceState reported = new DeviceState(true, 100, "chase", Map.of("speed", 1.0, "color", "#ff0000", "size", 2),
                0, null, null, "c-2", null);

        assertThat(DesiredState.differs(desired, reported)).isFalse();
    }

    @Test
    void differs_otherBrightnessOrEffect_isADifference() {
        DeviceState desired = DesiredState.adopt(CHASE);

        assertThat(DesiredState.differs(desired, CHASE)).isFalse();
        assertThat(DesiredState.differs(desired, new DeviceState(true, 99, "chase", CHASE.params(), 0, null, null, null, null))).isTrue();
        assertThat(DesiredState.differs(desired, new DeviceState(true, 100, "comet", CHASE.params(), 0, null, null, null, null))).isTrue();
    }

    @Test
    void asPatch_bringsABlankDeviceToTheDesiredState() {
        DeviceState desired = DesiredState.adopt(CHASE);

        DeviceState reached = DesiredState.apply(DesiredState.BLANK, DesiredState.asPatch(desired));

        assertThat(DesiredState.differs(desired, reached)).isFalse();
    }
}
