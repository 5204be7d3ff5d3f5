package dev.ledfleet.agent;

import dev.ledfleet.agent.cli.EffectsCommand;
import dev.ledfleet.agent.cli.RenderCommand;
import dev.ledfleet.agent.cli.RunCommand;
import java.io.PrintStream;
import java.util.Arrays;

/** Entry point of {@code ledfleet-agent.jar}: picks the sub-command. */
public final class AgentMain {

    static final String USAGE = """
            ledfleet device agent: runs the LED animation on this device and takes commands over MQTT.

            Usage:
              java -jar ledfleet-agent.jar run --config FILE
              java -jar ledfleet-agent.jar run --id ID --layout LAYOUT --output OUTPUT --mqtt-url URL [options]
              java -jar ledfleet-agent.jar effects
              java -jar ledfleet-agent.jar render --layout LAYOUT --effect ID [--param NAME=VALUE]... --out FILE [options]
              java -jar ledfleet-agent.jar --help

            Sub-commands:
              run       run the device: frame loop, LED output, button, MQTT
              effects   print the effect catalog as JSON
              render    render frames offline, deterministically, to a file

            'java -jar ledfleet-agent.jar <sub-command> --help' lists each sub-command's options.
            """;

    private AgentMain() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0 || !(args.length > 0 && args[0].equals("run"))) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "run" -> RunCommand.run(rest, out, err);
            case "effects" -> EffectsCommand.run(rest, out, err);
            case "render" -> RenderCommand.run(rest, out, err);
            default -> {
                err.println("unknown sub-command '" + args[0] + "'");
                err.print(USAGE);
                yield 2;
            }
        };
    }
}
