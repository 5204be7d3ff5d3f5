package dev.ledfleet.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.color.Gamma;
import dev.ledfleet.agent.layout.Layout;
import dev.ledfleet.agent.output.Apa102Encoder;
import dev.ledfleet.agent.output.ColorOrder;
import dev.ledfleet.agent.output.Ws2812SpiEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    @TempDir
    Path dir;

    private int render(CommandOutput output, String... args) {
        return RenderCommand.run(args, output.out, output.err);
    }

    private byte[] renderBytes(String... args) throws IOException {
        Path file = dir.resolve("frames-" + System.nanoTime() + ".bin");
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--out";
        all[args.length + 1] = file.toString();
        CommandOutput output = new CommandOutput();
        assertThat(render(output, all)).as(output.err()).isZero();
        return Files.readAllBytes(file);
    }

    @Test
    void rgb_writesLogicalRowMajorFrames_withBrightness_noGamma() throws IOException {
        byte[] bytes = renderBytes("--layout", "grid:4x2", "--effect", "solid", "--param", "color=#ff8000",
                "--brightness", "128", "--frames", "3", "--format", "rgb");
        assertThat(bytes).hasSize(3 * 8 * 3);
        for (int i = 0; i < bytes.length; i += 3) {
            assertThat(new int[] {bytes[i] & 0xff, bytes[i + 1] & 0xff, bytes[i + 2] & 0xff})
                    .containsExactly(0x80, 0x40, 0x00);
        }
    }

    @Test
    void rgb_layoutTest_cornersInRowMajorOrder() throws IOException {
        byte[] bytes = renderBytes("--layout", "grid:4x3", "--effect", "layout-test");
        assertThat(bytes).hasSize(4 * 3 * 3);
        assertThat(Arrays.copyOfRange(bytes, 0, 3)).containsExactly(0xff, 0, 0);
        assertThat(Arrays.copyOfRange(bytes, 3 * 3, 3 * 3 + 3)).containsExactly(0, 0xff, 0);
        assertThat(Arrays.copyOfRange(bytes, 8 * 3, 8 * 3 + 3)).containsExactly(0, 0, 0xff);
    }

    @Test
    void ws2812_writesChainOrderGrbWithGamma() throws IOException {
        byte[] bytes = renderBytes("--layout", "grid:4x3,progressive,flip-x", "--effect", "layout-test",
                "--format", "ws2812-spi", "--brightness", "128");
        int dim = Gamma.standard().channel(128);
        int[] physical = new int[12];
        physical[3] = dim << 16;
        physical[0] = dim << 8;
        physical[11] = dim;
        Ws2812SpiEncoder encoder = new Ws2812SpiEncoder(12, ColorOrder.GRB);
        byte[] expected = new byte[encoder.frameBytes()];
        encoder.encode(physical, expected);
        assertThat(bytes).isEqualTo(expected);
    }

    @Test
    void apa102_honoursColourOrderAndPowerBudget() throws IOException {
        byte[] bytes = renderBytes("--layout", "strip:10", "--effect", "solid", "--format", "apa102-spi",
                "--color-order", "rgb", "--power-budget-ma", "110", "--frames", "2");
        Apa102Encoder encoder = new Apa102Encoder(10, ColorOrder.RGB, 31);
        assertThat(bytes).hasSize(2 * encoder.frameBytes());
        // 10 LEDs at full white want 610 mA; 110 mA leaves 100 for the channels: 1/6 of full
        int first = 4;
        assertThat(bytes[first] & 0xff).isEqualTo(0xff);
        assertThat(bytes[first + 1] & 0xff).isEqualTo(42);
        assertThat(bytes[first + 2] & 0xff).isEqualTo(42);
        assertThat(bytes[first + 3] & 0xff).isEqualTo(42);
    }

    @Test
    void unknownEffect_exitsNonZero_namingIt() {
        CommandOutput output = new CommandOutput();
        int status = render(output, "--layout", "strip:8", "--effect", "disco", "--out", dir.resolve("x").toString());
        assertThat(status).isNotZero();
        assertThat(output.err()).contains("'disco'");
    }

    @Test
    void badParameterValue_exitsNonZero_namingIt() {
        CommandOutput output = new CommandOutput();
        int status = render(output, "--layout", "strip:8", "--effect", "solid", "--param", "color=crimson",
                "--out", dir.resolve("x").toString());
        assertThat(status).isNotZero();
        assertThat(output.err()).contains("params.color");
        assertThat(Files.exists(dir.resolve("x"))).isFalse();
    }

    @Test
    void unknownParameter_exitsNonZero_namingIt() {
        CommandOutput output = new CommandOutput();
        int status = render(output, "--layout", "strip:8", "--effect", "solid", "--param", "tail-length=3",
                "--out", dir.resolve("x").toString());
        assertThat(status).isNotZero();
        assertThat(output.err()).contains("tail-length");
    }

    @Test
    void badLayout_exitsNonZero_namingIt() {
        CommandOutput output = new CommandOutput();
        int status = render(output, "--layout", "grid:16", "--effect", "solid", "--out", dir.resolve("x").toString());
        assertThat(status).isNotZero();
        assertThat(output.err()).contains("grid:16");
    }

    private static final String[] COMET = {"--layout", "grid:16x16", "--effect", "comet", "--param", "color=#ff0000",
            "--param", "tail-length=6", "--fps", "60", "--frames", "120", "--brightness", "255"};

    private static String[] with(String[] base, String... more) {
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void comet_fromTheIssue_isDeterministic_andDrawsItsTail() throws IOException {
        byte[] first = renderBytes(with(COMET, "--format", "rgb"));
        assertThat(first).hasSize(120 * 16 * 16 * 3).isEqualTo(renderBytes(with(COMET, "--format", "rgb")));
        int lit = 0;
        int frame = 30 * 768;
        for (int i = 0; i < 768; i += 3) {
            if (first[frame + i] != 0) {
                lit++;
                assertThat(first[frame + i + 1]).isZero();
                assertThat(first[frame + i + 2]).isZero();
            }
        }
        assertThat(lit).isEqualTo(6);
    }

    @Test
    void ws2812Frames_areTheRgbFrames_inChainOrder_gammaCorrected() throws IOException {
        byte[] rgb = renderBytes(with(COMET, "--format", "rgb"));
        byte[] spi = renderBytes(with(COMET, "--format", "ws2812-spi"));
        Layout layout = Layout.parse("grid:16x16");
        Ws2812SpiEncoder encoder = new Ws2812SpiEncoder(256, ColorOrder.GRB);
        assertThat(spi).hasSize(120 * encoder.frameBytes());
        byte[] expected = new byte[encoder.frameBytes()];
        for (int frame : new int[] {0, 30, 119}) {
            int[] physical = new int[256];
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 16; x++) {
                    int at = frame * 768 + (y * 16 + x) * 3;
                    int color = ((rgb[at] & 0xff) << 16) | ((rgb[at + 1] & 0xff) << 8) | (rgb[at + 2] & 0xff);
                    physical[layout.physicalIndex(x, y)] = Gamma.standard().apply(color);
                }
            }
            encoder.encode(physical, expected);
            int offset = frame * encoder.frameBytes();
            assertThat(Arrays.copyOfRange(spi, offset, offset + expected.length)).as("frame %d", frame)
                    .isEqualTo(expected);
        }
    }

    @Test
    void seed_changesRandomEffects_startAtByDefault() throws IOException {
        String[] sparkle = {"--layout", "grid:8x8", "--effect", "twinkle", "--frames", "5", "--start-at", "1000"};
        byte[] byStart = renderBytes(sparkle);
        assertThat(renderBytes(sparkle)).isEqualTo(byStart);
        assertThat(renderBytes(with(sparkle, "--seed", "99"))).isNotEqualTo(byStart);
    }

    @Test
    void map_rows_paintsWholeRows() throws IOException {
        byte[] bytes = renderBytes("--layout", "grid:4x3", "--effect", "wipe", "--map", "rows", "--frames", "4",
                "--fps", "20");
        // frame 1 is 50 ms in: one wipe step, rows 0 and 1 filled
        int frame = 4 * 3 * 3;
        for (int i = 0; i < 4 * 3; i++) {
            int expected = i < 8 ? 0xff : 0;
            assertThat(bytes[frame + i * 3] & 0xff).as("pixel %d", i).isEqualTo(expected);
        }
    }
}
