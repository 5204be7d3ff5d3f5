package dev.ledfleet.agent.effect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlinkTest {

    @Test
    void blink_isOnForOneStepThenBackgroundForOne() {
        EffectRig rig = EffectRig.strip("blink", 8, Map.of("speed", 0.5, "color", "#ff0000", "background", "#000011"));

        assertThat(rig.frame(0)).containsOnly(0xff0000);
        assertThat(rig.frame(499)).containsOnly(0xff0000);
        assertThat(rig.frame(500)).containsOnly(0x000011);
        assertThat(rig.frame(999)).containsOnly(0x000011);
        assertThat(rig.frame(1000)).containsOnly(0xff0000);
        assertThat(rig.effect().cyclesCompleted(999)).isZero();
        assertThat(rig.effect().cyclesCompleted(1000)).isEqualTo(1);
    }

    @Test
    void colorCycle_showsEachColourForOneStepInOrder() {
        EffectRig rig = EffectRig.strip("color-cycle", 8,
                Map.of("speed", 0.25, "colors", List.of("#ff0000", "#00ff00", "#0000ff")));

        assertThat(rig.frame(0)).containsOnly(0xff0000);
        assertThat(rig.frame(250)).containsOnly(0x00ff00);
        assertThat(rig.frame(500)).containsOnly(0x0000ff);
        assertThat(rig.frame(750)).containsOnly(0xff0000);
        assertThat(rig.effect().cyclesCompleted(749)).isZero();
        assertThat(rig.effect().cyclesCompleted(750)).isEqualTo(1);
    }

    @Test
    void colorCycle_defaults_areTheLibraryRainbow() {
        EffectRig rig = EffectRig.strip("color-cycle", 4, Map.of());

        assertThat(rig.frame(0)).containsOnly(0xff0000);
        assertThat(rig.frame(500)).containsOnly(0xff2800);
        assertThat(rig.frame(2500)).containsOnly(0xb400ff);
    }
}
