package dev.ledfleet.agent.cli;

import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.message.MessageCodec;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code effects} sub-command: prints the effect catalog as a JSON array, each effect with its
 * {@code id}, {@code name}, {@code description}, {@code dimensions} and {@code params} (name, label,
 * type, default, and min/max or options where they apply), exactly as the protocol encodes it.
 */
public final class EffectsCommand {

    private EffectsCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println("Usage: java -jar ledfleet-agent.jar effects");
            out.println("Prints every effect this agent can show, with its parameters, as a JSON array.");
            return 0;
        }
        if (args.length > 0) {
            err.println("effects: unexpected argument '" + args[0] + "'");
            return 2;
        }
        byte[] json = MessageCodec.standard().encodePlain(EffectCatalog.standard().all());
        out.println(new String(json, StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }
}
