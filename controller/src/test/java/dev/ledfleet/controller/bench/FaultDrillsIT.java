package dev.ledfleet.controller.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.mqtt.testing.TestBroker;
import dev.ledfleet.mqtt.testing.TestBrokers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault drills of {@link FleetBenchmark} at CI size: survival is asserted, time never is (the 5 s
 * settling window of the broker drill is the drill's definition of survival, not a benchmark).
 */
class FaultDrillsIT {

    private static TestBroker broker;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() {
        broker = TestBrokers.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void brokerRestartedThreeTimesUnderLoad_everyDeviceShowsItsDesiredState() throws Exception {
        try (ControllerProcess controller = ControllerProcess.start(broker.url(), dir.resolve("controller"), List.of("-XX:TieredStopAtLevel=1"));
             SimulatedFleet fleet = new SimulatedFleet(broker.url())) {
            Rest rest = controller.rest();
            fleet.growTo(20);
            assertThat(ControllerFootprint.awaitDevices(rest, n -> n >= 20, Duration.ofSeconds(30), true)).isTrue();

            DrillReport report = BrokerRestartDrill.run(broker, rest, fleet, 3);

            assertThat(report.checked()).isEqualTo(20);
            assertThat(report.failures()).as(report.summary()).isEmpty();
        }
    }

    @Test
    void agentsKilledAndRestarted_comeBackInTheirLastState() throws Exception {
        try (ControllerProcess controller = ControllerProcess.start(broker.url(), dir.resolve("controller"), List.of("-XX:TieredStopAtLevel=1"))) {
            DrillReport report = AgentKillDrill.run(broker.url(), controller.rest(), dir.resolve("agents"), 2, 3);

            assertThat(report.checked()).isEqualTo(3);
            assertThat(report.failures()).as(report.summary()).isEmpty();
        }
    }

    @Test
    void controllerKilledDuringConfigurationWrites_losesNoAcknowledgedWrite() throws Exception {
        DrillReport report = ControllerKillDrill.run(broker.url(), dir.resolve("controller"), 5);

        assertThat(report.checked()).isEqualTo(10);
        assertThat(report.failures()).as(report.summary()).isEmpty();
    }
}
