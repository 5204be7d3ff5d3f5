package dev.ledfleet.mqtt.testing;

/** A real MQTT broker started for a test class, on a free loopback port. */
public interface TestBroker extends AutoCloseable {

    /** Which implementation runs: {@code mosquitto}, {@code testcontainers} or {@code embedded}. */
    String kind();

    String host();

    int port();

    /** {@code tcp://host:port}. */
    default String url() {
        return "tcp://" + host() + ":" + port();
    }

    /** Stops the broker; clients lose their connections. */
    void stop();

    /** Starts it again on the same port. */
    void start();

    /** Stops and starts on the same port, as a broker restart in production would. */
    default void restart() {
        stop();
        start();
    }

    @Override
    void close();
}
