package dev.ledfleet.agent.effect.classic;

import static dev.ledfleet.agent.effect.EffectFixture.frame;
import static dev.ledfleet.agent.effect.EffectFixture.picture;
import static dev.ledfleet.agent.effect.EffectFixture.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.color.Rgb;
import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StripClassicsTest {

    @ParameterizedTest
    @CsvSource({
        "0, #.......",
        "3, ####....",
        "7, ########",
        "8, .#######",
        "13, ......##",
        "16, #......."})
    void wipe_fillsThenClearsOnePixelPerStep(int step, String expected) {
        Effect effect = start("wipe", 8, 1, Map.of("speed", 0.1, "color", "#00ff00"));

        assertThat(picture(frame(effect, step * 100L + 50, 8, 1), 0x00ff00)).isEqualTo(expected);
        assertThat(effect.cyclesCompleted(step * 100L)).isEqualTo(step / 16);
    }

    @Test
    void wipe_reverse_startsAtTheEnd() {
        Effect effect = start("wipe", 8, 1, Map.of("speed", 0.1, "reverse", true));

        assertThat(picture(frame(effect, 250, 8, 1), 0xff0000)).isEqualTo(".....###");
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "5, 5", "9, 9", "10, 8", "17, 1", "18, 0", "19, 1"})
    void scanner_eye_bouncesBetweenTheEnds(int step, int expectedHead) {
        Effect effect = start("scanner", 10, 1, Map.of("speed", 0.1, "tail-length", 0));

        assertThat(picture(frame(effect, step * 100L, 10, 1), 0xff0000))
                .isEqualTo(".".repeat(expectedHead) + "#" + ".".repeat(9 - expectedHead));
    }

    @Test
    void scanner_trail_fadesBehindTheEye() {
        Effect effect = start("scanner", 10, 1, Map.of("speed", 0.1, "tail-length", 3, "color", "#ff0000"));

        Canvas canvas = frame(effect, 600, 10, 1);

        // Trail of 3: the eye at 6 full, then 3/4, 2/4 and 1/4 at 5, 4 and 3.
        assertThat(Rgb.red(canvas.get(6))).isEqualTo(255);
        assertThat(Rgb.red(canvas.get(5))).isEqualTo(191);
        assertThat(Rgb.red(canvas.get(4))).isEqualTo(127);
        assertThat(Rgb.red(canvas.get(3))).isEqualTo(63);
        assertThat(canvas.get(2)).isZero();
        assertThat(canvas.get(7)).isZero();
        assertThat(effect.cyclesCompleted(1_800)).isEqualTo(1);
    }

    @Test
    void meteor_headLeadsAFadingTrail() {
        Effect effect = start("meteor", 20, 1, Map.of("speed", 0.1, "size", 2, "tail-length", 4,
                "random-decay", false));

        Canvas canvas = frame(effect, 1_000, 20, 1);

        assertThat(picture(canvas, 0xffffff)).isEqualTo(".........##.........");
        int[] trail = {canvas.get(8), canvas.get(7), canvas.get(6), canvas.get(5)};
        for (int i = 1; i < trail.length; i++) {
            assertThat(Rgb.red(trail[i])).isLessThan(Rgb.red(trail[i - 1])).isPositive();
        }
        assertThat(canvas.get(4)).isZero();
        assertThat(effect.cyclesCompleted(2_600)).isEqualTo(1);
    }

    @Test
    void meteor_reverse_runsFromTheEnd() {
        Effect effect = start("meteor", 20, 1, Map.of("speed", 0.1, "size", 1, "reverse", true));

        assertThat(picture(frame(effect, 300, 20, 1), 0xffffff)).isEqualTo("................#...");
    }

    @Test
    void twinkle_lightsSomeButNotAllPixelsAndChangesOverTime() {
        Effect effect = start("twinkle", 200, 1, Map.of("density", 128, "colors", java.util.List.of("#ffffff")));

        Canvas now = frame(effect, 10_000, 200, 1);
        long lit = java.util.Arrays.stream(now.pixels()).filter(c -> c != 0).count();

        assertThat(lit).isBetween(40L, 160L);
        assertThat(now.pixels()).isNotEqualTo(frame(effect, 11_000, 200, 1).pixels());
        assertThat(java.util.Arrays.stream(now.pixels()).allMatch(c -> Rgb.red(c) == Rgb.green(c))).isTrue();
    }

    @Test
    void candle_staysWithinItsFlickerDepthAndFlickers() {
        Effect effect = start("candle", 5, 1, Map.of("color", "#ff0000", "intensity", 0.4));
        int min = 255;
        int max = 0;
        for (long t = 0; t < 20_000; t += 50) {
            Canvas canvas = frame(effect, t, 5, 1);
            assertThat(canvas.pixels()).containsOnly(canvas.get(0));
            min = Math.min(min, Rgb.red(canvas.get(0)));
            max = Math.max(max, Rgb.red(canvas.get(0)));
        }

        assertThat(min).isGreaterThanOrEqualTo(152).isLessThan(200);
        assertThat(max).isGreaterThan(245);
    }

    @Test
    void candle_multi_flickersEachPixelOnItsOwn() {
        Effect effect = start("candle", 5, 1, Map.of("multi", true));

        int[] pixels = frame(effect, 1_234, 5, 1).pixels();

        assertThat(java.util.Arrays.stream(pixels).distinct().count()).isGreaterThan(1);
    }
}
