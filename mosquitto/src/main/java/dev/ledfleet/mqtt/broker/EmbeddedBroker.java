package dev.ledfleet.mqtt.broker;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Properties;

/**
 * An MQTT 3.1.1 broker inside the JVM (Moquette), for the demo and for tests on a machine without
 * Mosquitto. Anonymous, in memory, TCP_NODELAY on. Not for production: use Mosquitto with the
 * configuration in {@code mosquitto/conf}.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EmbeddedBroker.class.getName());

    private final String host;
    private final int port;
    private Server server;

    private EmbeddedBroker(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * Starts a broker on {@code host:port}; port 0 picks a free one.
     *
     * @throws IOException naming the address when it is taken, for example by a system Mosquitto
     */
    public static EmbeddedBroker start(String host, int port) throws IOException {
        int chosen = port == 0 ? freePort(host) : port;
        ensureFree(host, chosen);
        EmbeddedBroker broker = new EmbeddedBroker(host, chosen);
        broker.startServer();
        return broker;
    }

    private void startServer() throws IOException {
        Properties properties = new Properties();
        properties.setProperty(BrokerConstants.HOST_PROPERTY_NAME, host);
        properties.setProperty(BrokerConstants.PORT_PROPERTY_NAME, Integer.toString(port));
        properties.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        properties.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        properties.setProperty(BrokerConstants.ENABLE_TELEMETRY_NAME, "false");
        properties.setProperty(BrokerConstants.NETTY_TCP_NODELAY_PROPERTY_NAME, "true");
        properties.setProperty(BrokerConstants.IMMEDIATE_BUFFER_FLUSH_PROPERTY_NAME, "true");
        properties.setProperty(BrokerConstants.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(256 * 1024));
        properties.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
        server = new Server();
        server.startServer(new MemoryConfig(properties));
        LOG.log(System.Logger.Level.INFO, "embedded MQTT broker listening on {0}:{1}", host, Integer.toString(port));
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** Stops and starts the broker on the same port; clients must reconnect and retained messages are gone. */
    public void restart() throws IOException {
        stop();
        startServer();
    }

    public void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void ensureFree(String host, int port) throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (BindException e) {
            throw new IOException("cannot start the embedded MQTT broker: " + host + ":" + port
                    + " is already in use (is a Mosquitto running there?). Choose another port.", e);
        }
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(host, 0));
            return probe.getLocalPort();
        }
    }
}
