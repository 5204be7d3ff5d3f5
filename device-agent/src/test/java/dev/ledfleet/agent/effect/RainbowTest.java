package dev.ledfleet.agent.effect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.color.Rgb;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RainbowTest {

    @Test
    void rainbow_pixelsAreSuccessiveWheelPositions() {
        int[] frame = EffectRig.strip("rainbow", 24, Map.of("speed", 0.01, "period", 2.56)).frame(0);

        for (int i = 0; i < frame.length; i++) {
            assertThat(frame[i]).as("pixel %d", i).isEqualTo(Rgb.wheel(i));
        }
    }

    @Test
    void rainbow_flowsOnceRoundTheWheelPerPeriod() {
        EffectRig rig = EffectRig.strip("rainbow", 24, Map.of("speed", 0.01, "period", 2.56));

        // 100 ms of a 2.56 s period is 10 of 256 wheel positions.
        int[] frame = rig.frame(100);
        assertThat(frame[0]).isEqualTo(Rgb.wheel(10));
        assertThat(frame[5]).isEqualTo(Rgb.wheel(15));
        assertThat(rig.frame(2560)).isEqualTo(rig.frame(0));
        assertThat(rig.effect().cyclesCompleted(2550)).isZero();
        assertThat(rig.effect().cyclesCompleted(2560)).isEqualTo(1);
    }

    @Test
    void rainbow_step_skipsThatManyHuesPerPixel() {
        int[] frame = EffectRig.strip("rainbow", 40, Map.of("speed", 0.01, "period", 2.56, "step", 8)).frame(0);

        assertThat(frame[1]).isEqualTo(Rgb.wheel(8));
        assertThat(frame[3]).isEqualTo(Rgb.wheel(24));
        assertThat(frame[32]).as("32 samples go once round the wheel").isEqualTo(Rgb.wheel(0));
    }
}
