package dev.ledfleet.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.color.Gamma;
import dev.ledfleet.agent.color.PowerLimiter;
import dev.ledfleet.agent.color.PowerModel;
import dev.ledfleet.agent.layout.Layout;
import dev.ledfleet.agent.layout.PixelMap;
import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.Playlist;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The steady-state frame path allocates nothing: effect, crossfade, brightness, gamma, power limit.
 * The bound is under one byte per frame rather than zero because the JVM itself now and then charges
 * a few bytes to the thread (seen: one 160-byte event in thousands of frames, on any effect); a real
 * per-frame allocation costs at least 16 bytes every frame and fails the test.
 */
class FrameRendererAllocationTest {

    private static final int FRAMES = 2_000;

    private static final long START = 1_700_000_000_000L;

    static Stream<String> effects() {
        return EffectCatalog.standard().ids().stream();
    }

    private static long allocatedWhileRendering(FrameRenderer renderer, long from, int frames) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < 200; i++) {
            renderer.render(from + i);
        }
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < frames; i++) {
            renderer.render(from + 200 + i * 16L);
        }
        return threads.getThreadAllocatedBytes(thread) - before;
    }

    private static FrameRenderer renderer(PixelMap map) {
        return FrameRenderer.standard(Layout.parse("grid:16x16"), map, Gamma.standard(),
                new PowerLimiter(2_000, PowerModel.WS2812));
    }

    @ParameterizedTest
    @MethodSource("effects")
    void everyEffect_rendersFramesWithoutAllocating(String effect) {
        FrameRenderer renderer = renderer(PixelMap.PIXELS);
        renderer.show(new DeviceState(true, 200, effect, Map.of(), 0, null, START, null, null), START);
        assertThat(allocatedWhileRendering(renderer, START, FRAMES)).isLessThan(FRAMES);
    }

    @Test
    void crossfadeThroughRingsMap_rendersWithoutAllocating() {
        FrameRenderer renderer = renderer(PixelMap.RINGS);
        renderer.show(new DeviceState(true, 255, "comet", Map.of(), 60_000, null, START, null, null), START);
        renderer.show(new DeviceState(true, 255, "plasma", Map.of(), 60_000, null, START, null, null), START);
        assertThat(allocatedWhileRendering(renderer, START, FRAMES)).isLessThan(FRAMES);
        assertThat(renderer.fading()).isTrue();
    }

    @Test
    void playlistBetweenSwitches_rendersWithoutAllocating() {
        Playlist playlist = new Playlist(List.of(EffectChoice.of("rainbow"), EffectChoice.of("fire")), 600_000,
                true, false);
        FrameRenderer renderer = renderer(PixelMap.PIXELS);
        renderer.show(new DeviceState(true, 255, null, Map.of(), 0, playlist, START, null, null), START);
        int position = renderer.playlistPosition();
        assertThat(allocatedWhileRendering(renderer, START, FRAMES)).isLessThan(FRAMES);
        assertThat(renderer.playlistPosition()).isEqualTo(position);
    }
}
