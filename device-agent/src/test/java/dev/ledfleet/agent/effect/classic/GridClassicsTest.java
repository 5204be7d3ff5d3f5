package dev.ledfleet.agent.effect.classic;

import static dev.ledfleet.agent.effect.EffectFixture.frame;
import static dev.ledfleet.agent.effect.EffectFixture.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridClassicsTest {

    @Test
    void plasma_coversTheGridInManyColoursAndRepeatsEachPeriod() {
        Effect effect = start("plasma", 16, 16, Map.of("period", 4.0));

        Canvas canvas = frame(effect, 1_000, 16, 16);

        assertThat(Arrays.stream(canvas.pixels()).filter(c -> c == 0).count()).isZero();
        assertThat(Arrays.stream(canvas.pixels()).distinct().count()).isGreaterThan(20);
        assertThat(canvas.pixels()).isNotEqualTo(frame(effect, 2_000, 16, 16).pixels());
        assertThat(canvas.pixels()).isEqualTo(frame(effect, 5_000, 16, 16).pixels());
        assertThat(effect.cyclesCompleted(8_100)).isEqualTo(2);
    }

    @Test
    void fireworks_burstStartsAsOnePointThenSpreads() {
        Effect effect = start("fireworks", 16, 16, Map.of("interval", 2.0, "lifetime", 1.5, "sparks", 12));

        long atLaunch = lit(frame(effect, 0, 16, 16));
        long spread = lit(frame(effect, 400, 16, 16));

        assertThat(atLaunch).isEqualTo(1);
        assertThat(spread).isGreaterThan(6);
        assertThat(lit(frame(effect, 1_600, 16, 16))).isZero();
        assertThat(effect.cyclesCompleted(4_100)).isEqualTo(2);
    }

    @Test
    void fireworks_eachBurst_landsSomewhereElseInAnotherColour() {
        Effect effect = start("fireworks", 16, 16, Map.of("interval", 2.0, "lifetime", 1.5));

        Canvas first = frame(effect, 0, 16, 16);
        Canvas second = frame(effect, 2_000, 16, 16);

        assertThat(first.pixels()).isNotEqualTo(second.pixels());
    }

    @Test
    void fireworks_onAStrip_sparksFlyAlongIt() {
        Effect effect = start("fireworks", 60, 1, Map.of("interval", 5.0, "lifetime", 2.0));

        assertThat(lit(frame(effect, 0, 60, 1))).isEqualTo(1);
        assertThat(lit(frame(effect, 500, 60, 1))).isGreaterThan(4);
    }

    private static long lit(Canvas canvas) {
        return Arrays.stream(canvas.pixels()).filter(c -> c != 0).count();
    }
}
