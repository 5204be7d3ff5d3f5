package dev.ledfleet.agent.effect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.color.Rgb;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkleTest {

    private static final int WHITE = 0xffffff;
    private static final int QUARTER_WHITE = 0x3f3f3f;

    private static EffectRig sparkle(long seed) {
        return EffectRig.start("sparkle", 24, 1, seed, Map.of("speed", 0.1, "color", "#ffffff", "num-sparkles", 3));
    }

    @Test
    void sparkle_lightsNumSparklesPixelsAtFullColourEveryStep() {
        EffectRig rig = sparkle(7);

        for (long step = 0; step < 100; step++) {
            assertThat(EffectRig.count(rig.frame(step * 100), WHITE)).as("step %d", step).isEqualTo(3);
        }
    }

    @Test
    void sparkle_firstStep_leavesEverythingElseDark() {
        int[] frame = sparkle(7).frame(0);

        assertThat(EffectRig.count(frame, WHITE)).isEqualTo(3);
        assertThat(EffectRig.count(frame, 0)).isEqualTo(21);
    }

    @Test
    void sparkle_pastSparkles_glowAtAQuarterOfTheColour() {
        EffectRig rig = sparkle(7);
        int[] before = rig.frame(0);
        int[] after = rig.frame(100);

        for (int i = 0; i < before.length; i++) {
            if (before[i] == WHITE && after[i] != WHITE) {
                assertThat(after[i]).isEqualTo(QUARTER_WHITE);
            }
        }
        int[] later = rig.frame(50_000);
        assertThat(EffectRig.count(later, WHITE)).isEqualTo(3);
        assertThat(EffectRig.count(later, QUARTER_WHITE)).as("long after the start every pixel has sparkled").isEqualTo(21);
    }

    @Test
    void sparkle_sameSeedAndTime_giveTheSameFrame_otherSeedsDiffer() {
        assertThat(sparkle(7).frame(12_300)).isEqualTo(sparkle(7).frame(12_300));
        assertThat(sparkle(7).frame(12_300)).isNotEqualTo(sparkle(8).frame(12_300));
    }

    @Test
    void sparklePulse_eachStepOnePixelTakesThePulseColourAndKeepsIt() {
        EffectRig rig = EffectRig.strip("sparkle-pulse", 24,
                Map.of("speed", 0.1, "color", "#ff0000", "period", 2, "min-intensity", 0.5));

        int[] first = rig.frame(0);
        assertThat(EffectRig.lit(first)).isEqualTo(1);
        assertThat(EffectRig.count(first, 0x800000)).isEqualTo(1);
        int[] second = rig.frame(100);
        assertThat(EffectRig.lit(second)).isBetween(1, 2);
        int[] peak = rig.frame(1000);
        assertThat(EffectRig.count(peak, 0xff0000)).as("the pixel picked at the peak is full red").isEqualTo(1);
        assertThat(EffectRig.lit(peak)).isLessThanOrEqualTo(11);
    }

    @Test
    void rainbowSparkle_dimsTheRainbowAndFlashesNumSparklesPixels() {
        EffectRig rig = EffectRig.strip("rainbow-sparkle", 24,
                Map.of("speed", 0.1, "period", 5, "num-sparkles", 2, "background-brightness", 0.2));
        int[] frame = rig.frame(0);

        int bright = 0;
        for (int i = 0; i < frame.length; i++) {
            if (frame[i] == Rgb.wheel(i)) {
                bright++;
            } else {
                assertThat(frame[i]).isEqualTo(Rgb.scale(Rgb.wheel(i), 0.2));
            }
        }
        assertThat(bright).isEqualTo(2);
    }

    @Test
    void rainbowSparkle_defaultSparkles_areOnePerTwentyPixels() {
        int[] frame = EffectRig.strip("rainbow-sparkle", 100, Map.of()).frame(0);

        int bright = 0;
        for (int i = 0; i < frame.length; i++) {
            if (frame[i] == Rgb.wheel(i)) {
                bright++;
            }
        }
        assertThat(bright).isEqualTo(5);
    }
}
