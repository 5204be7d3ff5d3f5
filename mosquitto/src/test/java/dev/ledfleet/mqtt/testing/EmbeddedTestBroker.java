package dev.ledfleet.mqtt.testing;

import dev.ledfleet.mqtt.broker.EmbeddedBroker;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The embedded Java broker (Moquette), for machines with neither mosquitto nor Docker. */
public final class EmbeddedTestBroker implements TestBroker {

    private final int port;
    private EmbeddedBroker broker;

    private EmbeddedTestBroker(int port) {
        this.port = port;
    }

    public static EmbeddedTestBroker launch() {
        EmbeddedTestBroker broker = new EmbeddedTestBroker(Ports.freePort());
        broker.start();
        return broker;
    }

    @Override
    public String kind() {
        return "embedded";
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public synchronized void start() {
        if (broker == null) {
            try {
                broker = EmbeddedBroker.start(host(), port);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (broker != null) {
            broker.stop();
            broker = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
