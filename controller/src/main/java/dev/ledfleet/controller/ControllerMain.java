package dev.ledfleet.controller;

import dev.ledfleet.controller.auth.AddUserCommand;
import dev.ledfleet.controller.auth.NoUserException;
import dev.ledfleet.controller.demo.Demo;
import dev.ledfleet.controller.provision.ProvisionCommand;
import dev.ledfleet.controller.store.DamagedStoreException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Entry point of {@code ledfleet-controller.jar}: a sub-command, the demo, or the controller itself. */
public final class ControllerMain {

    /** Held so the levels stick: JUL keeps loggers only weakly. */
    private static final List<java.util.logging.Logger> QUIETED = new ArrayList<>();

    private ControllerMain() {
    }

    public static void main(String[] args) {
        quietLibraries();
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && !args[0].startsWith("--")) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            // Sub-commands go here, each a class with the same static run(args, out, err).
            return switch (args[0]) {
                case "provision-device" -> ProvisionCommand.run(rest, out, err);
                case "add-user" -> AddUserCommand.run(rest, System.in, out, err);
                default -> {
                    err.println("unknown sub-command '" + args[0] + "'");
                    err.print(ControllerOptions.USAGE);
                    yield 2;
                }
            };
        }
        ControllerOptions options;
        try {
            options = ControllerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("'java -jar ledfleet-controller.jar --help' lists the options.");
            return 2;
        }
        if (options.help()) {
            out.print(ControllerOptions.USAGE);
            return 0;
        }
        return options.demo() ? Demo.run(options, out, err) : serve(options, out, err);
    }

    private static int serve(ControllerOptions options, PrintStream out, PrintStream err) {
        Path dataDir = options.dataDir() != null ? options.dataDir() : Path.of("ledfleet-data");
        Controller controller;
        try {
            controller = Controller.start(options, dataDir);
        } catch (DamagedStoreException e) {
            err.println(e.getMessage());
            return 3;
        } catch (NoUserException e) {
            err.println(e.getMessage());
            return 4;
        } catch (IOException | RuntimeException e) {
            err.println("cannot start the controller: " + e.getMessage());
            return 1;
        }
        String host = options.httpHost().equals("0.0.0.0") ? "localhost" : options.httpHost();
        out.println("ledfleet controller on http://" + host + ":" + controller.httpPort()
                + "/ (MQTT " + options.mqttUrl() + ", data in " + dataDir.toAbsolutePath() + ")");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            controller.close();
            stopped.countDown();
        }, "ledfleet-shutdown"));
        awaitQuietly(stopped);
        return 0;
    }

    /** The embedded broker logs every packet at INFO; only its warnings matter to someone running the controller. */
    private static void quietLibraries() {
        for (String name : List.of("io.moquette", "io.netty")) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
            logger.setLevel(java.util.logging.Level.WARNING);
            QUIETED.add(logger);
        }
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
