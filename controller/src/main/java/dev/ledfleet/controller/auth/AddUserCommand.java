package dev.ledfleet.controller.auth;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * {@code add-user <name>}: adds an admin user to the data directory's {@code users.json}, or sets a
 * new password for one that exists. The password comes from a file or standard input (asked twice,
 * unechoed, on a terminal), never from the command line, where {@code ps} and shell history would see it.
 */
public final class AddUserCommand {

    static final String USAGE = """
            Usage: java -jar ledfleet-controller.jar add-user <name> [--data-dir DIR] [--password-file FILE]

            Adds a user who may log in to the web UI and API (or changes their password). The password
            is read from FILE's first line, or else from standard input (asked for on a terminal).
            It needs 8 to 72 bytes. A running controller sees the change at the next login.

            Options:
              --data-dir DIR        the controller's data directory (default ./ledfleet-data)
              --password-file FILE  read the password from this file instead of standard input
            """;

    private AddUserCommand() {
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        String name = null;
        Path dataDir = Path.of("ledfleet-data");
        Path passwordFile = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> {
                        out.print(USAGE);
                        return 0;
                    }
                    case "--data-dir" -> dataDir = Path.of(value(args, ++i));
                    case "--password-file" -> passwordFile = Path.of(value(args, ++i));
                    case "--password" -> throw new IllegalArgumentException(
                            "no --password: give it on standard input or in --password-file, so it stays out of shell history");
                    default -> {
                        if (args[i].startsWith("-") || name != null) {
                            throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
                        }
                        name = UserFile.checkName(args[i]);
                    }
                }
            }
            if (name == null) {
                throw new IllegalArgumentException("which user? for example: add-user alice");
            }
            String password = passwordFile != null ? firstLine(passwordFile) : fromInput(in, out, name);
            UserFile users = UserFile.load(dataDir);
            boolean existed = users.contains(name);
            users.put(name, PasswordHash.create(password, new SecureRandom()));
            users.save();
            out.println((existed ? "Changed the password of" : "Added") + " user '" + name + "' in " + users.path() + ".");
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("add-user: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("add-user: " + e.getMessage());
            return 1;
        }
    }

    private static String fromInput(InputStream in, PrintStream out, String name) throws IOException {
        Console console = System.console();
        if (console != null && in == System.in) {
            char[] first = console.readPassword("Password for %s: ", name);
            char[] second = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, second)) {
                throw new IllegalArgumentException("the two passwords differ");
            }
            return new String(first);
        }
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw new IllegalArgumentException("no password on standard input");
        }
        return line;
    }

    private static String firstLine(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }
}
