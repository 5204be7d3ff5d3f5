package dev.ledfleet.controller.bench;

import dev.ledfleet.mqtt.testing.LatencyStats;
import dev.ledfleet.mqtt.testing.RoundTrip;
import dev.ledfleet.mqtt.testing.TestBroker;
import dev.ledfleet.mqtt.testing.TestBrokers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The fleet load harness, run on demand (docs/benchmarks.md has the command): a real broker, a real
 * controller process and simulated devices; command latency at 1, 100 and 1000 devices next to the
 * raw MQTT round trip, group fan-out to 1000, button to state, controller heap and CPU at 1000 and
 * 10,000 devices, then the three fault drills at full size. Prints Markdown tables.
 * <p>
 * Flags: {@code --all} (the default), {@code --drills-only}, {@code --no-drills}, {@code --out FILE}
 * (default target/fleet-bench.md).
 */
public final class FleetBenchmark {

    private static final int[] FLEET_SIZES = {1, 100, 1000};
    private static final int WARMUP = 200;
    /** A fresh controller JVM runs interpreted at first; this many commands let the JIT settle before any table. */
    private static final int JIT_WARMUP = 3000;
    private static final int COMMANDS = 1000;

    private final List<String> out = new ArrayList<>();
    private final Path work;

    private FleetBenchmark(Path work) {
        this.work = work;
    }

    /** Held so the level sticks: JUL keeps loggers only weakly. A thousand clients connecting say too much at INFO. */
    private static final Logger MQTT_LOG = Logger.getLogger("dev.ledfleet.mqtt");

    public static void main(String[] args) throws Exception {
        MQTT_LOG.setLevel(Level.WARNING);
        List<String> flags = List.of(args);
        Path outFile = Path.of(flags.contains("--out") ? flags.get(flags.indexOf("--out") + 1) : "target/fleet-bench.md");
        FleetBenchmark bench = new FleetBenchmark(Files.createTempDirectory("ledfleet-bench-"));
        try (TestBroker broker = TestBrokers.start()) {
            bench.line("Broker: " + broker.kind() + " at " + broker.url() + "; work directory " + bench.work);
            if (!flags.contains("--drills-only")) {
                bench.measure(broker);
            }
            if (!flags.contains("--no-drills")) {
                bench.drills(broker);
            }
        } finally {
            Files.createDirectories(outFile.toAbsolutePath().getParent());
            Files.write(outFile, bench.out);
            System.out.println("written to " + outFile.toAbsolutePath());
        }
        System.exit(0);
    }

    private void measure(TestBroker broker) throws Exception {
        try (ControllerProcess controller = ControllerProcess.start(broker.url(), work.resolve("controller"), List.of());
             SimulatedFleet fleet = new SimulatedFleet(broker.url())) {
            Rest rest = controller.rest();
            fleet.growTo(1);
            ControllerFootprint.awaitDevices(rest, count -> count >= 1, Duration.ofSeconds(60), true);
            CommandLatency.measure(rest, 1, JIT_WARMUP, 0);
            line("");
            line("### Command latency (PATCH ?wait=true → agent's ack at the controller), " + COMMANDS + " sequential commands after " + WARMUP + " warm-up");
            line("");
            line("| devices | raw MQTT RTT p50 / p99 | REST `GET /api/health` p50 / p99 | REST command p50 / p99 | added p99 over raw (ms) | ratio to raw p50 / p99 | controller CPU per command | failed |");
            line("|---|---|---|---|---|---|---|---|");
            for (int n : FLEET_SIZES) {
                fleet.growTo(n);
                if (!ControllerFootprint.awaitDevices(rest, count -> count >= n, Duration.ofSeconds(60), true)) {
                    throw new IllegalStateException("controller does not see " + n + " devices online");
                }
                GroupFanOut.pause(1000);
                LatencyStats raw = RoundTrip.measure(broker, WARMUP, COMMANDS);
                LatencyStats http = CommandLatency.restOnly(rest, WARMUP, COMMANDS);
                Duration cpuBefore = controller.cpuTime();
                CommandLatency.Result rest1 = CommandLatency.measure(rest, n, WARMUP, COMMANDS);
                double cpuPerCommandUs = controller.cpuTime().minus(cpuBefore).toNanos() / 1e3 / (WARMUP + COMMANDS);
                LatencyStats s = rest1.stats();
                line(String.format(Locale.ROOT, "| %d | %.3f / %.3f ms | %.3f / %.3f ms | %.3f / %.3f ms | %+.3f | %.1f× / %.1f× | %.0f µs | %d |",
                        n, raw.p50Ms(), raw.p99Ms(), http.p50Ms(), http.p99Ms(), s.p50Ms(), s.p99Ms(), s.p99Ms() - raw.p99Ms(),
                        s.p50Ms() / raw.p50Ms(), s.p99Ms() / raw.p99Ms(), cpuPerCommandUs, rest1.failures()));
            }

            GroupFanOut.Result fan = GroupFanOut.measure(rest, 1000, 3, 30);
            RawFanOut.Result rawFan = RawFanOut.measure(fleet, broker.url(), 3, 30);
            LatencyStats raw = RoundTrip.measure(broker, WARMUP, COMMANDS);
            line("");
            line("### Group fan-out to 1000 devices, until every member acknowledged");
            line("");
            line("| path | repetitions | p50 | p90 | p99 | max | incomplete | ratio to raw fan-out p50 / p99 |");
            line("|---|---|---|---|---|---|---|---|");
            line(String.format(Locale.ROOT, "| raw MQTT: 1000 `set` publishes, wait for 1000 state echoes | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d | 1 / 1 |",
                    rawFan.stats().count(), rawFan.stats().p50Ms(), rawFan.stats().p90Ms(), rawFan.stats().p99Ms(),
                    rawFan.stats().maxMs(), rawFan.incomplete()));
            line(String.format(Locale.ROOT, "| controller: `PATCH /api/groups/fleet/state` | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d | %.2f× / %.2f× |",
                    fan.stats().count(), fan.stats().p50Ms(), fan.stats().p90Ms(), fan.stats().p99Ms(),
                    fan.stats().maxMs(), fan.incompleteRepetitions(), fan.stats().p50Ms() / rawFan.stats().p50Ms(),
                    fan.stats().p99Ms() / rawFan.stats().p99Ms()));
            line("");
            line(String.format(Locale.ROOT, "Single raw MQTT round trip in the same run: p50 %.3f ms, p99 %.3f ms.", raw.p50Ms(), raw.p99Ms()));

            ButtonToState.Result button = ButtonToState.measure(rest, fleet, broker.url(), 20, 200);
            line("");
            line("### Button event → target's new state (click mapped to power-toggle of another device; 1000 devices connected)");
            line("");
            line("| presses | p50 | p90 | p99 | max | lost | raw MQTT RTT p50 | p50 / raw p50 |");
            line("|---|---|---|---|---|---|---|---|");
            line(String.format(Locale.ROOT, "| %d | %.3f ms | %.3f ms | %.3f ms | %.3f ms | %d | %.3f ms | %.1f× |",
                    button.stats().count(), button.stats().p50Ms(), button.stats().p90Ms(), button.stats().p99Ms(),
                    button.stats().maxMs(), button.lost(), raw.p50Ms(), button.stats().p50Ms() / raw.p50Ms()));

            line("");
            line("### Controller heap (used after full GC, jcmd GC.heap_info) and CPU");
            line("");
            line("| registered devices | heap after GC | idle CPU (10 s window, % of one core) | registration CPU |");
            line("|---|---|---|---|");
            ControllerFootprint.Result small = ControllerFootprint.measure(controller, rest, Duration.ofSeconds(10));
            line(String.format(Locale.ROOT, "| %d | %.1f MiB | %.2f %% | (connected simulated devices) |",
                    small.devices(), small.heapMiB(), small.idleCpuPercent()));
            Duration cpuBefore = controller.cpuTime();
            long start = System.nanoTime();
            RetainedDevices.publish(broker.url(), 0, 9000);
            boolean all = ControllerFootprint.awaitDevices(rest, count -> count >= 10_000, Duration.ofSeconds(120), false);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = controller.cpuTime().minus(cpuBefore).toNanos() / 1e9;
            ControllerFootprint.Result large = ControllerFootprint.measure(controller, rest, Duration.ofSeconds(10));
            line(String.format(Locale.ROOT, "| %d | %.1f MiB | %.2f %% | %.1f s CPU for 9000 devices (%.1f s wall)%s |",
                    large.devices(), large.heapMiB(), large.idleCpuPercent(), cpu, seconds, all ? "" : " (not all seen!)"));
        }
    }

    private void drills(TestBroker broker) throws Exception {
        // A restart empties the broker's retained messages, so the drills start with a clean registry.
        broker.restart();
        List<DrillReport> reports = new ArrayList<>();
        try (ControllerProcess controller = ControllerProcess.start(broker.url(), work.resolve("drill-controller"), List.of());
             SimulatedFleet fleet = new SimulatedFleet(broker.url())) {
            Rest rest = controller.rest();
            fleet.growTo(100);
            ControllerFootprint.awaitDevices(rest, count -> count >= 100, Duration.ofSeconds(60), true);
            reports.add(BrokerRestartDrill.run(broker, rest, fleet, 10));
            fleet.close();
            reports.add(AgentKillDrill.run(broker.url(), rest, work.resolve("agents"), 4, 10));
        }
        reports.add(ControllerKillDrill.run(broker.url(), work.resolve("kill-controller"), 50));
        line("");
        line("### Fault drills");
        line("");
        line("| drill | checked | survived | what it did |");
        line("|---|---|---|---|");
        for (DrillReport report : reports) {
            line("| " + report.name() + " | " + report.checked() + " | " + report.survived() + " | "
                    + String.join("; ", report.steps().subList(Math.max(0, report.steps().size() - 2), report.steps().size())) + " |");
        }
        for (DrillReport report : reports) {
            line("");
            line("#### " + report.name());
            report.steps().forEach(step -> line("- " + step));
        }
    }

    private void line(String text) {
        System.out.println(text);
        out.add(text);
    }
}
