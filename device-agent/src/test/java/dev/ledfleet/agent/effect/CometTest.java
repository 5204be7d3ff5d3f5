package dev.ledfleet.agent.effect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CometTest {

    /** 100 ms per step, so step k is shown at k * 100 ms. */
    private static final double SPEED = 0.1;

    private static EffectRig comet(Map<String, Object> extra) {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("speed", SPEED, "color", "#ff0000"));
        params.putAll(extra);
        return EffectRig.strip("comet", 24, params);
    }

    @Test
    void comet_tailLength_litsThatManyPixelsFadingFromHeadToTailEnd() {
        int[] frame = comet(Map.of("tail-length", 6)).frame(1000);

        // Step 10: the head has reached pixel 9, the tail covers 4..8.
        assertThat(EffectRig.lit(frame)).isEqualTo(6);
        int[] reds = new int[6];
        for (int i = 0; i < 6; i++) {
            reds[i] = frame[4 + i] >>> 16;
            assertThat(frame[4 + i] & 0xffff).isZero();
        }
        // 5% at the tail end rising by 95%/6 per pixel to the head.
        assertThat(reds).containsExactly(13, 53, 94, 134, 174, 215);
        assertThat(frame[3]).isZero();
        assertThat(frame[10]).isZero();
    }

    @Test
    void comet_defaultTail_isAQuarterOfTheStrip() {
        int[] frame = comet(Map.of()).frame(2000);

        assertThat(EffectRig.lit(frame)).isEqualTo(6);
    }

    @Test
    void comet_entersAtTheStartAndLeavesWithABlankStep() {
        EffectRig rig = comet(Map.of("tail-length", 4));

        assertThat(EffectRig.lit(rig.frame(0))).as("step 0: head just before pixel 0").isZero();
        assertThat(rig.frame(100)[0]).as("step 1: head on pixel 0").isEqualTo(0xc20000);
        assertThat(EffectRig.lit(rig.frame(2700))).as("step 27: tail end on the last pixel").isEqualTo(1);
        assertThat(rig.frame(2700)[23]).isEqualTo(0x0d0000);
        assertThat(EffectRig.lit(rig.frame(2800))).as("step 28: gone").isZero();
        assertThat(rig.frame(3000)[0]).as("step 30: next pass from the start").isEqualTo(0xc20000);
    }

    @Test
    void comet_withBounce_reversesAtEnd() {
        EffectRig rig = comet(Map.of("tail-length", 4, "bounce", true));

        // A pass lasts 24 + 4 + 1 = 29 steps; the second runs back from the far end.
        assertThat(headOf(rig.frame(2400))).isEqualTo(23);
        assertThat(EffectRig.lit(rig.frame(2800))).isZero();
        assertThat(headOf(rig.frame(3000))).isEqualTo(23);
        int[] back = rig.frame(3200);
        assertThat(headOf(back)).isEqualTo(21);
        assertThat(back[22]).as("tail trails on the far side").isNotZero().isLessThan(back[21]);
        assertThat(back[20]).isZero();
        assertThat(headOf(rig.frame(5800 + 200))).as("third pass runs forward again").isEqualTo(1);
    }

    @Test
    void comet_reverse_startsAtTheFarEnd() {
        int[] frame = comet(Map.of("tail-length", 4, "reverse", true)).frame(300);

        assertThat(headOf(frame)).isEqualTo(21);
        assertThat(frame[22]).isNotZero();
        assertThat(frame[23]).isNotZero();
        assertThat(frame[20]).isZero();
    }

    @Test
    void comet_ring_wrapsTheTailRoundTheEnd() {
        EffectRig rig = comet(Map.of("tail-length", 6, "ring", true));

        int[] frame = rig.frame(300);
        assertThat(headOf(frame)).isEqualTo(2);
        assertThat(EffectRig.lit(frame)).isEqualTo(6);
        assertThat(frame[21]).isEqualTo(0x0d0000);
        assertThat(frame[22]).isNotZero();
        assertThat(frame[23]).isNotZero();
        assertThat(frame[20]).isZero();
        assertThat(rig.effect().cyclesCompleted(2300)).isZero();
        assertThat(rig.effect().cyclesCompleted(2400)).as("one lap per 24 steps").isEqualTo(1);
    }

    @Test
    void comet_background_fillsEverythingButTheComet() {
        int[] frame = comet(Map.of("tail-length", 4, "background-color", "#000010")).frame(500);

        assertThat(EffectRig.count(frame, 0x000010)).isEqualTo(20);
    }

    @Test
    void comet_cyclesCompleted_countsPasses() {
        EffectRig rig = comet(Map.of("tail-length", 4));

        assertThat(rig.effect().cyclesCompleted(2800)).isZero();
        assertThat(rig.effect().cyclesCompleted(2900)).isEqualTo(1);
        assertThat(rig.effect().cyclesCompleted(5800)).isEqualTo(2);
    }

    @Test
    void rainbowComet_headTakesTheOffsetHueAndTheTailWalksTheWheel() {
        EffectRig rig = EffectRig.strip("rainbow-comet", 24,
                Map.of("speed", SPEED, "tail-length", 4, "colorwheel-offset", 85, "step", 10));
        int[] frame = rig.frame(1000);

        // Head on pixel 9: wheel(85) is pure green, at 76% (5% + 3 * 95% / 4).
        assertThat(frame[9]).isEqualTo(0x00c200);
        // One pixel back: wheel(95), ten further round towards blue, at 52.5%.
        assertThat(frame[8]).isEqualTo(0x00760f);
        assertThat(EffectRig.lit(frame)).isEqualTo(4);
    }

    @Test
    void multicolorComet_splitsTheTailIntoBandsOfItsColours() {
        EffectRig rig = EffectRig.strip("multicolor-comet", 24,
                Map.of("speed", SPEED, "tail-length", 4, "colors", java.util.List.of("#ff0000", "#00ff00")));
        int[] frame = rig.frame(1000);

        assertThat(frame).startsWith(0, 0, 0, 0, 0, 0, 0xff0000, 0xff0000, 0x00ff00, 0x00ff00, 0);
    }

    @Test
    void multicolorComet_withoutOffPixels_leavesTheTailEndColourBehind() {
        EffectRig rig = EffectRig.strip("multicolor-comet", 24, Map.of("speed", SPEED, "tail-length", 4,
                "colors", java.util.List.of("#ff0000", "#00ff00"), "off-pixels", false));

        int[] first = rig.frame(1000);
        assertThat(first).startsWith(0xff0000, 0xff0000, 0xff0000, 0xff0000, 0xff0000, 0xff0000,
                0xff0000, 0xff0000, 0x00ff00, 0x00ff00, 0);
        int[] second = rig.frame(2900 + 1000);
        assertThat(second[10]).as("after the first pass nothing is dark").isEqualTo(0xff0000);
    }

    private static int headOf(int[] frame) {
        int head = -1;
        for (int i = 0; i < frame.length; i++) {
            if (head < 0 || frame[i] > frame[head]) {
                head = i;
            }
        }
        return frame[head] == 0 ? -1 : head;
    }
}
