package dev.ledfleet.agent.cli;

import java.io.PrintStream;

/** The {@code run} sub-command. */
public final class RunCommand {

    private RunCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("the 'run' sub-command is not part of this build yet");
        return 2;
    }
}
