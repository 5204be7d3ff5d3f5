package dev.ledfleet.agent.engine;

import dev.ledfleet.agent.color.Gamma;
import dev.ledfleet.agent.color.PowerLimiter;
import dev.ledfleet.agent.color.PowerModel;
import dev.ledfleet.agent.effect.EffectRegistry;
import dev.ledfleet.agent.layout.Layout;
import dev.ledfleet.agent.layout.PixelMap;
import dev.ledfleet.agent.output.ColorOrder;
import dev.ledfleet.agent.output.Ws2812SpiEncoder;
import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.message.DeviceState;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One frame of the frame loop's work, render plus WS2812 encode, per effect (default parameters)
 * and layout, with a power budget so the limiter works too. The effect list must match the catalog;
 * setup fails for an id the catalog or registry lacks.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EffectFrameBenchmark {

    @Param({"solid", "blink", "color-cycle", "chase", "custom-color-chase", "comet", "rainbow-comet",
            "multicolor-comet", "pulse", "rainbow", "rainbow-chase", "rainbow-sparkle", "sparkle", "sparkle-pulse",
            "pacman", "rain", "rainbow-rain", "matrix-rain", "sprite", "text-scroll", "time-scroll",
            "countdown-scroll", "fire", "twinkle", "wipe", "scanner", "meteor", "fireworks", "plasma", "candle",
            "layout-test"})
    public String effect;

    @Param({"grid:16x16", "strip:24"})
    public String layout;

    private FrameRenderer renderer;
    private Ws2812SpiEncoder encoder;
    private byte[] wire;
    private long frame;

    @Setup
    public void start() {
        if (EffectCatalog.standard().find(effect).isEmpty() || !EffectRegistry.standard().supports(effect)) {
            throw new IllegalStateException("effect '" + effect + "' is not in this build");
        }
        Layout parsed = Layout.parse(layout);
        renderer = FrameRenderer.standard(parsed, PixelMap.PIXELS, Gamma.standard(),
                new PowerLimiter(2_000, PowerModel.WS2812));
        renderer.show(new DeviceState(true, 255, effect, Map.of(), 0, null, 1_700_000_000_000L, null, null),
                1_700_000_000_000L);
        encoder = new Ws2812SpiEncoder(parsed.pixelCount(), ColorOrder.GRB);
        wire = new byte[encoder.frameBytes()];
    }

    @Benchmark
    public byte[] renderAndEncode() {
        frame++;
        renderer.render(1_700_000_000_000L + frame * 1000 / 60);
        encoder.encode(renderer.physicalFrame(), wire);
        return wire;
    }
}
