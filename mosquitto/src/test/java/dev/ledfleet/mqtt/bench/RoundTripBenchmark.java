package dev.ledfleet.mqtt.bench;

import dev.ledfleet.mqtt.testing.LatencyStats;
import dev.ledfleet.mqtt.testing.RoundTrip;
import dev.ledfleet.mqtt.testing.TestBroker;
import dev.ledfleet.mqtt.testing.TestBrokers;

/**
 * Prints the raw MQTT QoS 1 round trip through the test broker (mosquitto when installed):
 * {@code mvn -q -pl mosquitto test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.ledfleet.mqtt.bench.RoundTripBenchmark -Dexec.args=5000}.
 */
public final class RoundTripBenchmark {

    private RoundTripBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        try (TestBroker broker = TestBrokers.start()) {
            LatencyStats stats = RoundTrip.measure(broker, Math.max(100, count / 10), count);
            System.out.println("broker=" + broker.kind() + " QoS1 round trip " + stats);
        }
    }
}
