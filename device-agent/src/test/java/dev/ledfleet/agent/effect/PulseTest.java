package dev.ledfleet.agent.effect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PulseTest {

    private static EffectRig pulse(Map<String, Object> extra) {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("speed", 0.02, "color", "#ff0000", "period", 2));
        params.putAll(extra);
        return EffectRig.strip("pulse", 8, params);
    }

    @Test
    void pulse_startsAtTheMinimumAndPeaksAtHalfThePeriod() {
        EffectRig rig = pulse(Map.of());

        assertThat(rig.frame(0)).containsOnly(0);
        assertThat(rig.frame(500)).containsOnly(0x800000);
        assertThat(rig.frame(1000)).containsOnly(0xff0000);
        assertThat(rig.frame(1500)).containsOnly(0x800000);
        assertThat(rig.frame(2000)).containsOnly(0);
    }

    @Test
    void pulse_staysBetweenMinAndMaxIntensity() {
        EffectRig rig = pulse(Map.of("min-intensity", 0.2, "max-intensity", 0.8));

        assertThat(rig.frame(0)).containsOnly(0x330000);
        assertThat(rig.frame(1000)).containsOnly(0xcc0000);
    }

    @Test
    void pulse_breath_holdsAtTheBottomAndTop() {
        EffectRig rig = pulse(Map.of("breath", 1));

        // Cycle of 2 + 2 * 1 s: bottom held 0.5 s either side of the start, top held 1.5 s to 2.5 s.
        assertThat(rig.frame(400)).containsOnly(0);
        assertThat(rig.frame(1000)).containsOnly(0x800000);
        assertThat(rig.frame(1600)).containsOnly(0xff0000);
        assertThat(rig.frame(2400)).containsOnly(0xff0000);
        assertThat(rig.frame(3600)).containsOnly(0);
        assertThat(rig.effect().cyclesCompleted(3990)).isZero();
        assertThat(rig.effect().cyclesCompleted(4000)).isEqualTo(1);
    }

    @Test
    void pulse_holdsItsColourThroughAStep() {
        EffectRig rig = EffectRig.strip("pulse", 8, Map.of("speed", 0.5, "color", "#ff0000", "period", 2));

        assertThat(rig.frame(999)).as("still step 1, sampled at 500 ms").containsOnly(0x800000);
    }
}
