package dev.ledfleet.agent.cli;

import java.io.PrintStream;

/** The {@code effects} sub-command. */
public final class EffectsCommand {

    private EffectsCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("the 'effects' sub-command is not part of this build yet");
        return 2;
    }
}
