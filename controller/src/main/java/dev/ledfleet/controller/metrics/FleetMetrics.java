package dev.ledfleet.controller.metrics;

import dev.ledfleet.controller.fleet.CommandRecord;
import dev.ledfleet.controller.fleet.CommandStatus;
import dev.ledfleet.controller.fleet.Connectivity;
import dev.ledfleet.controller.fleet.FleetEvent;
import dev.ledfleet.protocol.DeviceId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prometheus metrics fed by fleet events: {@code ledfleet_devices{state}}, {@code
 * ledfleet_commands_total{result}} and {@code ledfleet_command_latency_seconds} (sent to applied).
 */
public final class FleetMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<DeviceId, Connectivity> devices = new ConcurrentHashMap<>();
    private final Timer latency;

    public FleetMetrics() {
        for (Connectivity state : Connectivity.values()) {
            Gauge.builder("ledfleet.devices", devices, d -> d.values().stream().filter(state::equals).count())
                    .tag("state", state.wireText()).description("Devices by connectivity").register(registry);
        }
        for (CommandStatus status : CommandStatus.values()) {
            if (status.settled()) {
                counter(status);
            }
        }
        latency = Timer.builder("ledfleet.command.latency").description("Time from sending a command to its device confirming it")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    /** Call on the fleet's thread for every event. */
    public void onEvent(FleetEvent event) {
        if (event instanceof FleetEvent.DeviceChanged changed) {
            devices.put(changed.device().id(), changed.device().connectivity());
        } else if (event instanceof FleetEvent.DeviceRemoved removed) {
            devices.remove(removed.device());
        } else if (event instanceof FleetEvent.CommandChanged command) {
            settled(command.command());
        }
    }

    public String scrape() {
        return registry.scrape();
    }

    private void settled(CommandRecord command) {
        if (!command.status().settled()) {
            return;
        }
        counter(command.status()).increment();
        if (command.status() == CommandStatus.APPLIED) {
            latency.record(Duration.ofMillis(command.latencyMs()));
        }
    }

    private Counter counter(CommandStatus status) {
        return Counter.builder("ledfleet.commands").tag("result", status.wireText())
                .description("Commands by how they ended").register(registry);
    }
}
