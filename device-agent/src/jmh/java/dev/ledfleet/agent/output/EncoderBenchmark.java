package dev.ledfleet.agent.output;

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
 * The output's share of a frame: encoding a frame of varied colours for WS2812-over-SPI and APA102.
 * Run with {@code -prof gc}: both must allocate nothing per frame.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EncoderBenchmark {

    @Param({"30", "256", "1000"})
    public int pixels;

    private int[] frame;
    private Ws2812SpiEncoder ws2812;
    private Apa102Encoder apa102;
    private byte[] ws2812Bytes;
    private byte[] apa102Bytes;

    @Setup
    public void setUp() {
        frame = new int[pixels];
        for (int i = 0; i < pixels; i++) {
            frame[i] = (i * 0x9E3779B9) & 0xffffff;
        }
        ws2812 = new Ws2812SpiEncoder(pixels, ColorOrder.GRB);
        apa102 = new Apa102Encoder(pixels, ColorOrder.BGR, 31);
        ws2812Bytes = new byte[ws2812.frameBytes()];
        apa102Bytes = new byte[apa102.frameBytes()];
    }

    @Benchmark
    public byte[] ws2812() {
        ws2812.encode(frame, ws2812Bytes);
        return ws2812Bytes;
    }

    @Benchmark
    public byte[] apa102() {
        apa102.encode(frame, apa102Bytes);
        return apa102Bytes;
    }
}
