package dev.ledfleet.agent.engine;

import dev.ledfleet.agent.color.Gamma;
import dev.ledfleet.agent.color.PowerLimiter;
import dev.ledfleet.agent.color.PowerModel;
import dev.ledfleet.agent.layout.Layout;
import dev.ledfleet.agent.layout.PixelMap;
import dev.ledfleet.agent.output.ColorOrder;
import dev.ledfleet.agent.output.Ws2812SpiEncoder;
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
 * The worst steady frame: two effects rendered and blended during a crossfade (a long one, so it
 * lasts the whole measurement), then brightness, gamma, power limit and WS2812 encoding.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CrossfadeBenchmark {

    private static final long START = 1_700_000_000_000L;

    @Param({"grid:16x16", "strip:24"})
    public String layout;

    private FrameRenderer renderer;
    private Ws2812SpiEncoder encoder;
    private byte[] wire;
    private long frame;

    @Setup
    public void start() {
        Layout parsed = Layout.parse(layout);
        renderer = FrameRenderer.standard(parsed, PixelMap.PIXELS, Gamma.standard(),
                new PowerLimiter(2_000, PowerModel.WS2812));
        renderer.show(new DeviceState(true, 200, "fire", Map.of(), 60_000, null, START, null, null), START);
        renderer.show(new DeviceState(true, 200, "plasma", Map.of(), 60_000, null, START, null, null), START);
        encoder = new Ws2812SpiEncoder(parsed.pixelCount(), ColorOrder.GRB);
        wire = new byte[encoder.frameBytes()];
    }

    @Benchmark
    public byte[] fireToPlasma() {
        // Time wraps within the 60 s fade so every call blends two live effects.
        frame = (frame + 1) % 3_000;
        renderer.render(START + frame * 1000 / 60);
        encoder.encode(renderer.physicalFrame(), wire);
        return wire;
    }
}
