package dev.ledfleet.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.color.Gamma;
import dev.ledfleet.agent.color.PowerLimiter;
import dev.ledfleet.agent.color.PowerModel;
import dev.ledfleet.agent.color.Rgb;
import dev.ledfleet.agent.layout.Layout;
import dev.ledfleet.agent.layout.PixelMap;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.Playlist;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameRendererTest {

    private static final int RED = 0xff0000;
    private static final int BLUE = 0x0000ff;

    private static DeviceState solid(int rgb, int brightness, int transitionMs) {
        return new DeviceState(true, brightness, "solid", Map.of("color", String.format("#%06x", rgb)), transitionMs,
                null, null, null, null);
    }

    private static FrameRenderer renderer(String layout) {
        return FrameRenderer.standard(Layout.parse(layout), PixelMap.PIXELS, Gamma.standard(),
                new PowerLimiter(PowerLimiter.UNLIMITED, PowerModel.WS2812));
    }

    @Test
    void solid_fillsLogicalFrame_andPhysicalIsGammaCorrected() {
        FrameRenderer renderer = renderer("grid:4x4");
        renderer.show(solid(0x80ff00, 255, 0), 0);
        renderer.render(0);
        assertThat(renderer.logicalFrame()).containsOnly(0x80ff00);
        assertThat(renderer.physicalFrame()).containsOnly(Gamma.standard().apply(0x80ff00));
    }

    @Test
    void brightness_scalesLogicalFrame() {
        FrameRenderer renderer = renderer("strip:5");
        renderer.show(solid(0xffffff, 128, 0), 0);
        renderer.render(0);
        assertThat(renderer.logicalFrame()).containsOnly(0x808080);
    }

    @Test
    void layoutTest_onSerpentine_putsCornersAtTheirPhysicalIndices() {
        FrameRenderer renderer = renderer("grid:4x3");
        renderer.show(new DeviceState(true, 255, "layout-test", Map.of(), 0, null, null, null, null), 0);
        renderer.render(0);
        int[] logical = renderer.logicalFrame();
        assertThat(logical[0]).isEqualTo(RED);
        assertThat(logical[3]).isEqualTo(0x00ff00);
        assertThat(logical[8]).isEqualTo(BLUE);
        int[] physical = renderer.physicalFrame();
        assertThat(physical[0]).isEqualTo(RED);
        assertThat(physical[3]).isEqualTo(0x00ff00);
        // row 2 of a serpentine 4x3 runs left to right again, starting at LED 8
        assertThat(physical[8]).isEqualTo(BLUE);
        assertThat(physical[7]).isZero();
    }

    @Test
    void layoutTest_onProgressiveFlippedGrid_movesRedToTheEndOfFirstRow() {
        FrameRenderer renderer = renderer("grid:4x3,progressive,flip-x");
        renderer.show(new DeviceState(true, 255, "layout-test", Map.of(), 0, null, null, null, null), 0);
        renderer.render(0);
        assertThat(renderer.physicalFrame()[3]).isEqualTo(RED);
        assertThat(renderer.physicalFrame()[0]).isEqualTo(0x00ff00);
        assertThat(renderer.physicalFrame()[11]).isEqualTo(BLUE);
    }

    @Test
    void crossfade_midpointIsBlend_endIsNewEffect() {
        FrameRenderer renderer = renderer("strip:3");
        renderer.show(solid(RED, 255, 1000), 0);
        renderer.show(solid(BLUE, 255, 1000), 10_000);
        renderer.render(10_000);
        assertThat(renderer.logicalFrame()).containsOnly(RED);
        renderer.render(10_500);
        assertThat(renderer.logicalFrame()).containsOnly(Rgb.blend(RED, BLUE, 127));
        assertThat(renderer.fading()).isTrue();
        renderer.render(11_000);
        assertThat(renderer.logicalFrame()).containsOnly(BLUE);
        assertThat(renderer.fading()).isFalse();
    }

    @Test
    void powerOff_fadesToBlack_overTransition() {
        FrameRenderer renderer = renderer("strip:3");
        DeviceState on = solid(0xffffff, 255, 400);
        renderer.show(on, 0);
        renderer.show(new DeviceState(false, 255, "solid", on.params(), 400, null, null, null, null), 1_000);
        renderer.render(1_200);
        assertThat(Rgb.red(renderer.logicalFrame()[0])).isBetween(120, 135);
        renderer.render(1_400);
        assertThat(renderer.logicalFrame()).containsOnly(0);
        assertThat(renderer.physicalFrame()).containsOnly(0);
        assertThat(renderer.sceneName()).isEqualTo("off");
    }

    @Test
    void firstState_showsAtOnce_withoutTransition() {
        FrameRenderer renderer = renderer("strip:3");
        renderer.show(solid(RED, 255, 5_000), 0);
        renderer.render(0);
        assertThat(renderer.logicalFrame()).containsOnly(RED);
    }

    @Test
    void brightnessOnlyChange_doesNotRestartOrFade() {
        FrameRenderer renderer = renderer("strip:3");
        renderer.show(solid(RED, 255, 1_000), 0);
        renderer.show(solid(RED, 51, 1_000), 100);
        renderer.render(100);
        assertThat(renderer.fading()).isFalse();
        assertThat(renderer.logicalFrame()).containsOnly(0x330000);
    }

    @Test
    void powerBudget_limitsPhysicalFrame_butNotLogical() {
        FrameRenderer renderer = FrameRenderer.standard(Layout.parse("grid:16x16"), PixelMap.PIXELS,
                Gamma.standard(), new PowerLimiter(2_000, PowerModel.WS2812));
        renderer.show(solid(0xffffff, 255, 0), 0);
        renderer.render(0);
        assertThat(renderer.logicalFrame()).containsOnly(0xffffff);
        assertThat(PowerModel.WS2812.estimateMa(renderer.physicalFrame(), 256)).isLessThanOrEqualTo(2_000);
        assertThat(renderer.physicalFrame()[0]).isNotZero();
    }

    @Test
    void playlist_onInterval_showsEntriesInTurn_crossfading() {
        Playlist playlist = new Playlist(List.of(new EffectChoice("solid", Map.of("color", "#ff0000")),
                new EffectChoice("solid", Map.of("color", "#00ff00")),
                new EffectChoice("solid", Map.of("color", "#0000ff"))), 1_000, false, false);
        FrameRenderer renderer = renderer("strip:2");
        renderer.show(new DeviceState(true, 255, null, Map.of(), 100, playlist, 50_000L, null, null), 50_000);
        renderer.render(50_500);
        assertThat(renderer.logicalFrame()).containsOnly(RED);
        renderer.render(51_050);
        assertThat(renderer.playlistPosition()).isEqualTo(1);
        assertThat(renderer.logicalFrame()).containsOnly(Rgb.blend(RED, 0x00ff00, 127));
        renderer.render(51_500);
        assertThat(renderer.logicalFrame()).containsOnly(0x00ff00);
        renderer.render(52_500);
        assertThat(renderer.logicalFrame()).containsOnly(BLUE);
        renderer.render(53_500);
        assertThat(renderer.logicalFrame()).containsOnly(RED);
    }

    @Test
    void oneDimensionalEffect_throughRowsMap_paintsWholeRows() {
        FrameRenderer renderer = FrameRenderer.standard(Layout.parse("grid:4x3"), PixelMap.ROWS, Gamma.standard(),
                new PowerLimiter(PowerLimiter.UNLIMITED, PowerModel.WS2812));
        renderer.show(new DeviceState(true, 255, "wipe", Map.of("speed", 0.05), 0, null, 0L, null, null), 0);
        renderer.render(50);
        int[] logical = renderer.logicalFrame();
        for (int x = 0; x < 4; x++) {
            assertThat(logical[x]).isEqualTo(RED);
            assertThat(logical[4 + x]).isEqualTo(RED);
            assertThat(logical[8 + x]).isZero();
        }
    }

    @Test
    void sameStartAt_rendersSameRandomFrame_otherStartAtDiffers() {
        int[] first = twinkleFrame(1_000_000L, 1_000_500L);
        assertThat(twinkleFrame(1_000_000L, 1_000_500L)).isEqualTo(first);
        assertThat(twinkleFrame(2_000_000L, 2_000_500L)).isNotEqualTo(first);
    }

    private static int[] twinkleFrame(long startAt, long now) {
        FrameRenderer renderer = renderer("grid:8x8");
        renderer.show(new DeviceState(true, 255, "twinkle", Map.of(), 0, null, startAt, null, null), now - 10);
        renderer.render(now);
        return renderer.logicalFrame().clone();
    }

    @Test
    void playlist_advanceOnCycle_movesOnWhenTheEffectCompletesACycle() {
        Playlist playlist = new Playlist(List.of(EffectChoice.of("wipe"),
                new EffectChoice("solid", Map.of("color", "#0000ff"))), 60_000, false, true);
        FrameRenderer renderer = renderer("strip:3");
        renderer.show(new DeviceState(true, 255, null, Map.of(), 0, playlist, 0L, null, null), 0);
        // a wipe over 3 pixels at 50 ms a step fills and clears in 6 steps: one cycle is 300 ms
        for (long t = 0; t < 300; t += 10) {
            renderer.render(t);
            assertThat(renderer.playlistPosition()).as("at %d ms", t).isZero();
        }
        renderer.render(300);
        assertThat(renderer.playlistPosition()).isEqualTo(1);
        assertThat(renderer.logicalFrame()).containsOnly(BLUE);
    }
}
