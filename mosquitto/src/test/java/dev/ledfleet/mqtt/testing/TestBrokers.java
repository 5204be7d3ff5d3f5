package dev.ledfleet.mqtt.testing;

import java.util.Locale;

/**
 * Chooses the broker for integration tests: {@code LEDFLEET_TEST_BROKER} (or the system property
 * {@code ledfleet.test.broker}) set to {@code mosquitto}, {@code testcontainers} or {@code embedded}
 * forces one; otherwise the mosquitto binary if installed, else a container if Docker runs, else the
 * embedded broker, so a machine with only a JDK and Maven still runs every test.
 */
public final class TestBrokers {

    public static final String VARIABLE = "LEDFLEET_TEST_BROKER";

    private TestBrokers() {
    }

    public static TestBroker start() {
        String forced = System.getProperty("ledfleet.test.broker", System.getenv(VARIABLE));
        if (forced != null && !forced.isBlank()) {
            return startForced(forced.trim().toLowerCase(Locale.ROOT));
        }
        var mosquitto = MosquittoTestBroker.findBinary();
        if (mosquitto.isPresent()) {
            return MosquittoTestBroker.launch(mosquitto.get());
        }
        if (containersUsable()) {
            return ContainerTestBroker.launch();
        }
        return EmbeddedTestBroker.launch();
    }

    private static TestBroker startForced(String kind) {
        return switch (kind) {
            case "mosquitto" -> MosquittoTestBroker.launch(MosquittoTestBroker.findBinary().orElseThrow(() ->
                    new IllegalStateException(VARIABLE + "=mosquitto but no mosquitto binary is installed "
                            + "(apt-get install -y mosquitto)")));
            case "testcontainers" -> ContainerTestBroker.launch();
            case "embedded" -> EmbeddedTestBroker.launch();
            default -> throw new IllegalStateException(VARIABLE + " must be mosquitto, testcontainers or embedded, got '"
                    + kind + "'");
        };
    }

    private static boolean containersUsable() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory");
        } catch (ClassNotFoundException e) {
            return false;
        }
        return ContainerTestBroker.dockerAvailable();
    }
}
