package dev.ledfleet.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.mqtt.testing.LatencyStats;
import dev.ledfleet.mqtt.testing.MqttBrokerExtension;
import dev.ledfleet.mqtt.testing.RoundTrip;
import dev.ledfleet.mqtt.testing.TestBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The round-trip probe itself works; its numbers are recorded by the benchmark, not asserted here. */
@ExtendWith(MqttBrokerExtension.class)
class RoundTripIT {

    @Test
    void roundTrip_measuresEveryEcho(TestBroker broker) throws Exception {
        LatencyStats stats = RoundTrip.measure(broker, 10, 50);

        assertThat(stats.count()).isEqualTo(50);
        assertThat(stats.p50Ms()).isPositive().isLessThanOrEqualTo(stats.p99Ms());
    }
}
