package dev.ledfleet.agent.cli;

import dev.ledfleet.agent.color.Gamma;
import dev.ledfleet.agent.color.PowerLimiter;
import dev.ledfleet.agent.color.PowerModel;
import dev.ledfleet.agent.engine.CommandCheck;
import dev.ledfleet.agent.engine.FrameRenderer;
import dev.ledfleet.agent.layout.Layout;
import dev.ledfleet.agent.layout.PixelMap;
import dev.ledfleet.agent.output.ColorOrder;
import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.InvalidMessageException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The {@code render} sub-command: renders frames offline through the same renderer the frame loop
 * uses, deterministically (time, start and seed all come from the options), and writes them to a
 * file in one of the {@link RenderFormat}s.
 */
public final class RenderCommand {

    static final String USAGE = """
            Usage: java -jar ledfleet-agent.jar render --layout LAYOUT --effect ID [--param NAME=VALUE]... --out FILE [options]

              --layout LAYOUT        strip:N or grid:WxH[,serpentine|progressive][,flip-x][,flip-y][,transpose]
              --effect ID            an effect id from 'effects'
              --param NAME=VALUE     an effect parameter; repeat for more (colours #rrggbb, lists comma-separated,
                                     images @FILE)
              --out FILE             where to write the frames ('-' for standard output)
              --frames N             how many frames (default 1)
              --fps N                frames per second of animation time (default 60)
              --brightness 0-255     master brightness (default 255)
              --format FORMAT        rgb (default): W*H*3 bytes per frame, row-major from the top-left, brightness
                                     applied, no gamma; ws2812-spi / apa102-spi: the exact SPI bytes the agent
                                     sends (chain order, colour order, gamma, power limit)
              --color-order ORDER    rgb, grb... (default grb for ws2812-spi, bgr for apa102-spi)
              --map MAP              how a 1-D effect crosses a grid: pixels (default), rows, columns, rings, diagonals
              --power-budget-ma MA   power limit of the spi formats in mA (default 0: none)
              --start-at EPOCHMS     the animation's start time, as a command's startAt (default 0)
              --seed N               seed for random effects (default: derived from --start-at)
            """;

    private static final Set<String> OPTIONS = Set.of("layout", "effect", "param", "out", "frames", "fps",
            "brightness", "format", "color-order", "map", "power-budget-ma", "start-at", "seed");

    private RenderCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(USAGE);
            return 0;
        }
        try {
            OptionList options = OptionList.parse(args, OPTIONS, Set.of());
            Layout layout = Layout.parse(options.required("layout"));
            String effect = options.required("effect");
            EffectChoice choice = CommandCheck.standard().check(new EffectChoice(effect, ParamArguments.parse(
                            EffectCatalog.standard().require(effect, "effect"), options.all("param"))), "");
            String target = options.required("out");
            int frames = options.intValue("frames", 1, 1, 10_000_000);
            double fps = options.doubleValue("fps", 60, 0.001, 1000);
            int brightness = options.intValue("brightness", 255, 0, 255);
            RenderFormat format = RenderFormat.parse(options.text("format", "rgb"));
            ColorOrder order = options.has("color-order") ? ColorOrder.parse(options.text("color-order", ""))
                    : format.defaultOrder();
            PixelMap map = PixelMap.parse(options.text("map", "pixels"));
            int budget = options.intValue("power-budget-ma", 0, 0, Integer.MAX_VALUE);
            long startAt = options.longValue("start-at", 0, 0, Long.MAX_VALUE / 2);

            FrameRenderer renderer = FrameRenderer.standard(layout, map, Gamma.standard(),
                    new PowerLimiter(budget, PowerModel.WS2812));
            if (options.has("seed")) {
                renderer.useSeed(options.longValue("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE));
            }
            renderer.show(new DeviceState(true, brightness, choice.effect(), choice.params(), 0, null, startAt,
                    null, null), startAt);
            RenderFormat.Writer writer = format.writer(layout.pixelCount(), order);
            try (OutputStream sink = open(target, out)) {
                for (long frame = 0; frame < frames; frame++) {
                    renderer.render(startAt + Math.round(frame * 1000 / fps));
                    sink.write(writer.encode(renderer));
                }
            }
            return 0;
        } catch (InvalidMessageException e) {
            err.println("render: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("render: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("render: cannot write frames: " + e.getMessage());
            return 1;
        }
    }

    private static OutputStream open(String target, PrintStream out) throws IOException {
        if (target.equals("-")) {
            return new BufferedOutputStream(out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return new BufferedOutputStream(Files.newOutputStream(Path.of(target)), 1 << 16);
    }
}
