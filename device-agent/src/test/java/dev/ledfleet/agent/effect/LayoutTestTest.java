package dev.ledfleet.agent.effect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutTestTest {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"16,16", "8,4", "4,8", "2,2"})
    void layoutTest_onGrid_marksThreeCornersAndNothingElse(int width, int height) {
        Canvas canvas = EffectFixture.frame(EffectFixture.start("layout-test", width, height, Map.of()), 1234, width, height);

        assertThat(canvas.get(0, 0)).isEqualTo(0xff0000);
        assertThat(canvas.get(width - 1, 0)).isEqualTo(0x00ff00);
        assertThat(canvas.get(0, height - 1)).isEqualTo(0x0000ff);
        assertThat(canvas.get(width - 1, height - 1)).isZero();
        long lit = java.util.Arrays.stream(canvas.pixels()).filter(c -> c != 0).count();
        assertThat(lit).isEqualTo(3);
    }

    @ParameterizedTest(name = "strip of {0}")
    @CsvSource({"24", "2"})
    void layoutTest_onStrip_firstIsRedLastIsGreen(int length) {
        Canvas canvas = EffectFixture.frame(EffectFixture.start("layout-test", length, 1, Map.of()), 0, length, 1);

        assertThat(canvas.get(0)).isEqualTo(0xff0000);
        assertThat(canvas.get(length - 1)).isEqualTo(0x00ff00);
        for (int i = 1; i < length - 1; i++) {
            assertThat(canvas.get(i)).as("pixel %d", i).isZero();
        }
    }

    @ParameterizedTest
    @CsvSource({"0", "5000", "99999"})
    void layoutTest_atAnyTime_drawsTheSame(long timeMs) {
        Canvas canvas = EffectFixture.frame(EffectFixture.start("layout-test", 8, 4, Map.of()), timeMs, 8, 4);

        assertThat(EffectFixture.picture(canvas)).isEqualTo("""
                #......#
                ........
                ........
                #.......""");
    }
}
