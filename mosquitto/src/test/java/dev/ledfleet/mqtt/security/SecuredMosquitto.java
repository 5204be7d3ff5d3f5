package dev.ledfleet.mqtt.security;

import dev.ledfleet.mqtt.testing.MosquittoTestBroker;
import dev.ledfleet.mqtt.testing.Ports;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code mosquitto} started with the shipped production config and ACL on free loopback
 * ports: plain MQTT as for the controller on the same box, and TLS as for devices. It can be
 * stopped and started again on the same ports with the same persistence directory, and told to
 * re-read its password and ACL files as {@code systemctl reload mosquitto} would.
 */
public final class SecuredMosquitto implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(15);

    private final Path dir;
    private final Path configFile;
    private final Path log;
    private final int plainPort;
    private final int tlsPort;
    private final TestCertificates certificates;
    private Process process;

    private SecuredMosquitto(Path dir, Path passwordFile, Path aclFile, TestCertificates certificates) throws IOException {
        this.dir = dir;
        this.certificates = certificates;
        this.plainPort = Ports.freePort();
        this.tlsPort = Ports.freePort();
        this.configFile = dir.resolve("mosquitto.conf");
        this.log = dir.resolve("mosquitto.log");
        Path persistence = Files.createDirectories(dir.resolve("data"));
        Files.writeString(configFile, ShippedBrokerConfig.load()
                .forTest(plainPort, tlsPort, passwordFile, aclFile, persistence, certificates));
    }

    /** Whether this machine has what these tests need: the broker and openssl. */
    public static boolean available() {
        return MosquittoTestBroker.findBinary().isPresent() && TestCertificates.opensslAvailable();
    }

    /**
     * Skips the calling test where mosquitto or openssl is missing (a fresh machine with only a JDK
     * still passes {@code mvn verify}), but fails it where {@code LEDFLEET_TEST_BROKER=mosquitto}
     * says a real broker is expected, as on CI, so the security tests cannot silently vanish there.
     */
    public static void assumeAvailable() {
        if (available()) {
            return;
        }
        String missing = "needs mosquitto and openssl, found mosquitto=" + MosquittoTestBroker.findBinary().isPresent()
                + ", openssl=" + TestCertificates.opensslAvailable();
        if ("mosquitto".equals(System.getenv("LEDFLEET_TEST_BROKER"))) {
            throw new IllegalStateException("LEDFLEET_TEST_BROKER=mosquitto, but this test " + missing);
        }
        Assumptions.abort(missing);
    }

    /** Starts a broker with the shipped ACL; its files live in {@code dir}. */
    public static SecuredMosquitto start(Path dir, Path passwordFile, TestCertificates certificates)
            throws IOException, InterruptedException {
        SecuredMosquitto broker = new SecuredMosquitto(dir, passwordFile, ShippedBrokerConfig.shippedAcl(), certificates);
        broker.start();
        return broker;
    }

    public String plainUrl() {
        return "tcp://127.0.0.1:" + plainPort;
    }

    /** Paho checks the host name against the certificate, which names 127.0.0.1. */
    public String tlsUrl() {
        return "ssl://127.0.0.1:" + tlsPort;
    }

    public int plainPort() {
        return plainPort;
    }

    public int tlsPort() {
        return tlsPort;
    }

    public Path caFile() {
        return certificates.caCert();
    }

    public Path configFile() {
        return configFile;
    }

    public String logText() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    public void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            return;
        }
        process = new ProcessBuilder(MosquittoTestBroker.findBinary().orElseThrow().toString(), "-c", configFile.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!(accepts(plainPort) && accepts(tlsPort))) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto exited with " + process.exitValue() + ":\n" + logText());
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IOException("mosquitto did not open its ports within " + STARTUP + ":\n" + logText());
            }
            Thread.sleep(50);
        }
    }

    /** Stops the broker as systemd would (SIGTERM), which makes it save its persistence file. */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        process = null;
    }

    public void restart() throws IOException, InterruptedException {
        stop();
        start();
    }

    /**
     * Sends SIGHUP, as {@code systemctl reload mosquitto} does, and waits until the broker logs that
     * it has reloaded.
     */
    public void reload() throws IOException, InterruptedException {
        int before = occurrences(logText(), "Reloading config");
        Process kill = new ProcessBuilder("kill", "-HUP", Long.toString(process.pid())).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IOException("kill -HUP " + process.pid() + " failed");
        }
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (occurrences(logText(), "Reloading config") <= before) {
            if (System.nanoTime() > deadline) {
                throw new IOException("mosquitto did not log a reload:\n" + logText());
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
