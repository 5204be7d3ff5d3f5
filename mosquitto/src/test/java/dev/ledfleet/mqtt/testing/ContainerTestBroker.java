package dev.ledfleet.mqtt.testing;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports.Binding;
import java.time.Duration;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * Mosquitto in a container ({@code eclipse-mosquitto:2}) through Testcontainers, where a Docker
 * engine exists. The host port is fixed at creation so a restart keeps it.
 */
public final class ContainerTestBroker implements TestBroker {

    private static final DockerImageName IMAGE = DockerImageName.parse("eclipse-mosquitto:2.0");

    private final int port;
    private GenericContainer<?> container;

    private ContainerTestBroker(int port) {
        this.port = port;
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public static ContainerTestBroker launch() {
        ContainerTestBroker broker = new ContainerTestBroker(Ports.freePort());
        broker.start();
        return broker;
    }

    @Override
    public String kind() {
        return "testcontainers";
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
    @SuppressWarnings("resource")
    public synchronized void start() {
        if (container != null) {
            return;
        }
        String config = String.join("\n", "allow_anonymous true", "persistence false",
                "set_tcp_nodelay true", "listener 1883 0.0.0.0", "");
        container = new GenericContainer<>(IMAGE)
                .withExposedPorts(1883)
                .withCopyToContainer(Transferable.of(config), "/mosquitto/config/mosquitto.conf")
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withPortBindings(
                        new PortBinding(Binding.bindIpAndPort("127.0.0.1", port), ExposedPort.tcp(1883))))
                .withStartupTimeout(Duration.ofSeconds(60));
        container.start();
        Ports.awaitListening(host(), port, Duration.ofSeconds(10));
    }

    @Override
    public synchronized void stop() {
        if (container != null) {
            container.stop();
            container = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
