package dev.ledfleet.agent.effect.classic;

import static dev.ledfleet.agent.effect.EffectFixture.frame;
import static dev.ledfleet.agent.effect.EffectFixture.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.color.Rgb;
import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FireTest {

    private static Effect fire(long seed) {
        return start("fire", 16, 16, Map.of("speed", 0.015), seed, 0);
    }

    @Test
    void fire_sameSeedAndTime_drawsTheSameFrameOnTwoDevices() {
        Effect one = fire(99);
        Effect other = fire(99);
        frame(one, 500, 16, 16);

        assertThat(frame(one, 1_000, 16, 16).pixels()).isEqualTo(frame(other, 1_000, 16, 16).pixels());
        assertThat(frame(one, 1_000, 16, 16).pixels()).isNotEqualTo(frame(fire(100), 1_000, 16, 16).pixels());
    }

    @Test
    void fire_sampledAtDifferentFrameRates_agreesAtTheSameMoment() {
        Effect sixty = fire(21);
        Effect twentyFour = fire(21);
        for (long t = 0; t < 3_000; t += 1000 / 60) {
            sixty.render(t, new Canvas(16, 16));
        }
        for (long t = 0; t < 3_000; t += 1000 / 24) {
            twentyFour.render(t, new Canvas(16, 16));
        }

        assertThat(frame(sixty, 3_000, 16, 16).pixels()).isEqualTo(frame(twentyFour, 3_000, 16, 16).pixels());
    }

    @Test
    void fire_timeGoingBackwards_replaysToTheSameFrameAsAFreshStart() {
        Effect effect = fire(5);
        for (long t = 0; t <= 4_000; t += 16) {
            effect.render(t, new Canvas(16, 16));
        }

        int[] replayed = frame(effect, 1_234, 16, 16).pixels();

        assertThat(replayed).isEqualTo(frame(fire(5), 1_234, 16, 16).pixels());
        assertThat(replayed).isNotEqualTo(frame(fire(5), 4_000, 16, 16).pixels());
    }

    @Test
    void fire_renderedEveryFrame_matchesADeviceThatJoinsLongAfterTheStart() {
        Effect continuous = fire(11);
        long late = 30_000;
        for (long t = 0; t < late; t += 16) {
            continuous.render(t, new Canvas(16, 16));
        }

        // The late device warms up from cold over Fire.WARM_UP steps instead of replaying 30 s.
        assertThat(frame(continuous, late, 16, 16).pixels()).isEqualTo(frame(fire(11), late, 16, 16).pixels());
    }

    @Test
    void fire_onAGrid_isHotAtTheBottomAndCoolAtTheTop() {
        Effect effect = fire(3);
        long bottom = 0;
        long top = 0;
        for (long t = 1_000; t < 6_000; t += 100) {
            Canvas canvas = frame(effect, t, 16, 16);
            for (int x = 0; x < 16; x++) {
                bottom += brightness(canvas.get(x, 15)) + brightness(canvas.get(x, 14));
                top += brightness(canvas.get(x, 0)) + brightness(canvas.get(x, 1));
            }
        }

        assertThat(bottom).isGreaterThan(4 * top);
    }

    @Test
    void fire_onAStrip_burnsFromTheFirstPixel() {
        Effect effect = start("fire", 24, 1, Map.of(), 3, 0);
        long first = 0;
        long last = 0;
        for (long t = 1_000; t < 6_000; t += 100) {
            Canvas canvas = frame(effect, t, 24, 1);
            first += brightness(canvas.get(0)) + brightness(canvas.get(1));
            last += brightness(canvas.get(22)) + brightness(canvas.get(23));
        }

        assertThat(first).isGreaterThan(4 * last);
    }

    @Test
    void heatColor_runsFromBlackThroughRedAndYellowToWhite() {
        assertThat(Fire.heatColor(0)).isZero();
        assertThat(Fire.heatColor(80)).isEqualTo(Rgb.pack(Rgb.red(Fire.heatColor(80)), 0, 0));
        assertThat(Rgb.red(Fire.heatColor(130))).isEqualTo(255);
        assertThat(Rgb.blue(Fire.heatColor(130))).isZero();
        assertThat(Fire.heatColor(255)).isEqualTo(0xfffffc);
    }

    private static int brightness(int rgb) {
        return Rgb.red(rgb) + Rgb.green(rgb) + Rgb.blue(rgb);
    }
}
