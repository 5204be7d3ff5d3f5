package dev.ledfleet.controller.demo;

import dev.ledfleet.controller.Controller;
import dev.ledfleet.controller.ControllerOptions;
import dev.ledfleet.controller.fleet.CommandSource;
import dev.ledfleet.controller.store.DamagedStoreException;
import dev.ledfleet.controller.store.SetupFile;
import dev.ledfleet.mqtt.broker.EmbeddedBroker;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.MessageCodec;
import dev.ledfleet.protocol.message.SetCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code --demo}: an embedded broker, the controller, and two simulated devices running the real
 * agent on virtual outputs. Ctrl-C stops all of it.
 */
public final class Demo {

    private Demo() {
    }

    public static int run(ControllerOptions options, PrintStream out, PrintStream err) {
        EmbeddedBroker broker;
        try {
            broker = EmbeddedBroker.start("127.0.0.1", options.mqttPort());
        } catch (IOException e) {
            err.println(e.getMessage());
            err.println("Try for example: java -jar ledfleet-controller.jar --demo --mqtt-port 1884");
            return 1;
        }
        Controller controller = null;
        DemoDevices devices = null;
        try {
            Path dataDir = options.dataDir() != null ? options.dataDir() : Files.createTempDirectory("ledfleet-demo-");
            seed(dataDir);
            controller = Controller.start(options, dataDir);
            devices = DemoDevices.start(broker.url(), options.baseTopic(), dataDir.resolve("devices"));
            setInitialStates(controller);
            banner(out, controller.httpPort(), broker, dataDir);
        } catch (DamagedStoreException e) {
            err.println(e.getMessage());
            stop(devices, controller, broker);
            return 3;
        } catch (IOException | RuntimeException e) {
            err.println("cannot start the demo: " + e.getMessage());
            stop(devices, controller, broker);
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Controller running = controller;
        DemoDevices simulated = devices;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("stopping the demo...");
            stop(simulated, running, broker);
            stopped.countDown();
        }, "ledfleet-demo-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** A fresh data directory gets the demo configuration; an existing one is used as it is. */
    private static void seed(Path dataDir) throws IOException {
        SetupFile file = new SetupFile(dataDir, MessageCodec.standard());
        if (!Files.exists(file.path())) {
            file.save(DemoSetup.initial());
        }
    }

    /** Once each device has announced itself, starts its signature animation (through the fleet, like any command). */
    private static void setInitialStates(Controller controller) {
        start(controller, DemoSetup.LAMP, DemoSetup.lampStart());
        start(controller, DemoSetup.GRID, DemoSetup.gridStart());
    }

    private static void start(Controller controller, String device, SetCommand patch) {
        DeviceId id = DeviceId.of(device);
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            boolean known = controller.fleet().call(f -> f.isKnown(id) && f.device(id).info() != null)
                    .toCompletionStage().toCompletableFuture().join();
            if (known) {
                controller.fleet().call(f -> f.send(id, supported(f.device(id).info().effects(), patch), CommandSource.SYSTEM, 5_000));
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** An agent built without the effect (for example without the matrix effects) shows a rainbow instead. */
    private static SetCommand supported(java.util.List<String> effects, SetCommand patch) {
        if (effects.contains(patch.effect()) || !effects.contains("rainbow")) {
            return patch;
        }
        return new SetCommand(null, patch.power(), patch.brightness(), "rainbow", null, null, null, null);
    }

    private static void banner(PrintStream out, int httpPort, EmbeddedBroker broker, Path dataDir) {
        out.println();
        out.println("  ledfleet demo is running.  Open  http://127.0.0.1:" + httpPort + "/");
        out.println();
        out.println("  Devices: fiber-lamp (24-pixel strip), pixel-grid (16x16 grid), simulated by the real agent.");
        out.println("  MQTT broker: " + broker.url() + "   configuration: " + dataDir);
        out.println("  WARNING: the demo is UNAUTHENTICATED: no passwords, no TLS. Keep it on this machine.");
        out.println("  Press Ctrl-C to stop.");
        out.println();
    }

    private static void stop(DemoDevices devices, Controller controller, EmbeddedBroker broker) {
        if (devices != null) {
            devices.close();
        }
        if (controller != null) {
            controller.close();
        }
        broker.close();
    }
}
