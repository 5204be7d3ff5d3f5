package dev.ledfleet.agent.effect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RainTest {

    private static final int BLUE = 0x0000ff;

    /** A 4 x 6 grid, 100 ms per step, one drop of two pixels at a time. */
    private static EffectRig rain(String id, Map<String, Object> extra) {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("speed", 0.1, "length", 2));
        params.putAll(extra);
        return EffectRig.start(id, 4, 6, 3, params);
    }

    @Test
    void rain_dropFallsOneRowPerStep() {
        EffectRig rig = rain("rain", Map.of("color", "#0000ff"));

        assertThat(EffectRig.lit(rig.frame(0))).as("a drop starts above the grid").isZero();
        int[] entering = rig.frame(100);
        assertThat(EffectRig.lit(entering)).isEqualTo(1);
        int column = indexOf(entering, BLUE);
        assertThat(column).as("it enters on the top row").isLessThan(4);
        for (int step = 2; step <= 6; step++) {
            int[] frame = rig.frame(step * 100L);
            assertThat(EffectRig.lit(frame)).as("step %d", step).isEqualTo(2);
            assertThat(frame[(step - 2) * 4 + column]).isEqualTo(BLUE);
            assertThat(frame[(step - 1) * 4 + column]).isEqualTo(BLUE);
        }
        int[] leaving = rig.frame(700);
        assertThat(EffectRig.lit(leaving)).isEqualTo(1);
        assertThat(leaving[5 * 4 + column]).isEqualTo(BLUE);
        assertThat(EffectRig.lit(rig.frame(800))).as("gone; the next drop starts above the grid").isZero();
        assertThat(EffectRig.lit(rig.frame(900))).isEqualTo(1);
    }

    @Test
    void rain_background_fillsTheRestOfTheGrid() {
        int[] frame = rain("rain", Map.of("color", "#0000ff", "background", "#100000")).frame(300);

        assertThat(EffectRig.count(frame, 0x100000)).isEqualTo(22);
    }

    @Test
    void rain_count_keepsThatManyDropsFalling() {
        EffectRig rig = rain("rain", Map.of("color", "#0000ff", "count", 3, "length", 1));

        // Drops start at steps 0, 1, 2 and fall from rows -1, so at step 3 they sit on rows 2, 1, 0.
        int[] frame = rig.frame(300);
        int[] perRow = new int[6];
        for (int i = 0; i < frame.length; i++) {
            if (frame[i] == BLUE) {
                perRow[i / 4]++;
            }
        }
        assertThat(perRow).containsExactly(1, 1, 1, 0, 0, 0);
    }

    @Test
    void rainbowRain_dropIsBrightestAtTheBottom() {
        int[] frame = rain("rainbow-rain", Map.of()).frame(300);

        int top = -1;
        int bottom = -1;
        for (int i = 0; i < frame.length; i++) {
            if (frame[i] != 0) {
                if (top < 0) {
                    top = i;
                } else {
                    bottom = i;
                }
            }
        }
        assertThat(bottom - top).as("same column, one row apart").isEqualTo(4);
        // Full at the bottom, 2/3 at the top of a two-pixel drop.
        assertThat(brightest(frame[top])).isEqualTo(brightest(frame[bottom]) * 170 / 255);
    }

    @Test
    void matrixRain_dropsAreShadesOfTheColourOverTheDimBackground() {
        EffectRig rig = rain("matrix-rain", Map.of("length", 3));
        assertThat(rig.frame(0)).containsOnly(0x004000);

        int[] frame = rig.frame(400);
        assertThat(EffectRig.count(frame, 0x004000)).isGreaterThanOrEqualTo(21);
        for (int rgb : frame) {
            assertThat(rgb & 0xff00ff).isZero();
            if (rgb != 0x004000) {
                assertThat(rgb >> 8).isBetween(25, 255);
            }
        }
    }

    @Test
    void rain_onAStrip_eachDropShowsAsOnePixelFading() {
        EffectRig rig = EffectRig.start("rainbow-rain", 24, 1, 3, Map.of("speed", 0.1, "length", 3));

        int[] bottom = rig.frame(100);
        int[] middle = rig.frame(200);
        int[] top = rig.frame(300);
        assertThat(EffectRig.lit(bottom)).isEqualTo(1);
        int x = firstLit(bottom);
        assertThat(brightest(middle[x])).isLessThan(brightest(bottom[x]));
        assertThat(brightest(top[x])).isLessThan(brightest(middle[x]));
        assertThat(EffectRig.lit(rig.frame(400))).isZero();
    }

    @Test
    void rain_sameSeed_sameFrame_otherSeed_otherColumns() {
        EffectRig a = EffectRig.start("rain", 16, 16, 1, Map.of("count", 8));
        EffectRig b = EffectRig.start("rain", 16, 16, 1, Map.of("count", 8));
        EffectRig c = EffectRig.start("rain", 16, 16, 2, Map.of("count", 8));

        assertThat(a.frame(2000)).isEqualTo(b.frame(2000));
        assertThat(a.frame(2000)).isNotEqualTo(c.frame(2000));
    }

    private static int brightest(int rgb) {
        return Math.max(rgb >>> 16, Math.max((rgb >>> 8) & 0xff, rgb & 0xff));
    }

    private static int firstLit(int[] frame) {
        for (int i = 0; i < frame.length; i++) {
            if (frame[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(int[] frame, int rgb) {
        for (int i = 0; i < frame.length; i++) {
            if (frame[i] == rgb) {
                return i;
            }
        }
        return -1;
    }
}
