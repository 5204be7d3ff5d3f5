package dev.ledfleet.agent.cli;

import java.io.PrintStream;

/** The {@code render} sub-command. */
public final class RenderCommand {

    private RenderCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("the 'render' sub-command is not part of this build yet");
        return 2;
    }
}
