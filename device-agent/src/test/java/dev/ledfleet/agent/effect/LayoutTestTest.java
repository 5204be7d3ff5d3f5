package dev.ledfleet.agent.effect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.color.Gamma;
import dev.ledfleet.agent.color.PowerLimiter;
import dev.ledfleet.agent.color.PowerModel;
import dev.ledfleet.agent.engine.FrameRenderer;
import dev.ledfleet.agent.layout.Layout;
import dev.ledfleet.agent.layout.PixelMap;
import dev.ledfleet.protocol.message.DeviceState;
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

    /** Through the real renderer: which LED of the chain each corner lights, per wiring. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // layout,                  red, green, blue
        "'grid:16x16',                0,   15,  255",
        "'grid:16x16,progressive',    0,   15,  240",
        "'grid:8x4',                  0,    7,   31",
        "'grid:8x4,progressive',      0,    7,   24",
        "'grid:8x4,flip-y',          31,   24,    0",
        "'strip:24',                  0,   23,   -1"})
    void layoutTest_throughWiring_lightsTheExpectedLeds(String layout, int red, int green, int blue) {
        FrameRenderer renderer = FrameRenderer.standard(Layout.parse(layout), PixelMap.PIXELS, Gamma.standard(),
                new PowerLimiter(PowerLimiter.UNLIMITED, PowerModel.WS2812));
        renderer.show(new DeviceState(true, 255, "layout-test", Map.of(), 0, null, null, null, null), 0);
        renderer.render(0);
        int[] chain = renderer.physicalFrame();

        assertThat(chain[red]).isEqualTo(0xff0000);
        assertThat(chain[green]).isEqualTo(0x00ff00);
        if (blue >= 0) {
            assertThat(chain[blue]).isEqualTo(0x0000ff);
        }
        assertThat(java.util.Arrays.stream(chain).filter(c -> c != 0).count()).isEqualTo(blue >= 0 ? 3 : 2);
    }
}
