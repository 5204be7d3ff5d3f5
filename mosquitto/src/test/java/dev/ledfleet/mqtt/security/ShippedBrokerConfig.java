package dev.ledfleet.mqtt.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The production {@code mosquitto/conf/mosquitto.conf} as shipped, with only what must differ on a
 * test machine rewritten: ports (free, loopback only), file locations, certificate paths, the log
 * going to a file and the user to run as. Every rewrite must find its line, so a change to the
 * shipped file that would silently escape the tests fails them instead.
 */
public final class ShippedBrokerConfig {

    private final List<String> lines;

    private ShippedBrokerConfig(List<String> lines) {
        this.lines = lines;
    }

    /** The shipped config directory, found from the module a test runs in. */
    public static Path confDir() {
        String override = System.getProperty("ledfleet.mosquitto.conf.dir");
        if (override != null) {
            return Path.of(override);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mosquitto/conf/mosquitto.conf"))) {
                return dir.resolve("mosquitto/conf");
            }
            if (dir.getFileName() != null && dir.getFileName().toString().equals("mosquitto")
                    && Files.isRegularFile(dir.resolve("conf/mosquitto.conf"))) {
                return dir.resolve("conf");
            }
        }
        throw new IllegalStateException("cannot find mosquitto/conf/mosquitto.conf above " + Path.of("").toAbsolutePath());
    }

    public static Path shippedAcl() {
        return confDir().resolve("acl");
    }

    public static ShippedBrokerConfig load() throws IOException {
        return new ShippedBrokerConfig(Files.readAllLines(confDir().resolve("mosquitto.conf")));
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The config text for a broker on the given ports, files and certificates. */
    public String forTest(int plainPort, int tlsPort, Path passwordFile, Path aclFile, Path persistenceDir,
            TestCertificates certificates) {
        List<String> out = new ArrayList<>(lines);
        replace(out, "listener 1883 127.0.0.1", "listener " + plainPort + " 127.0.0.1");
        replace(out, "listener 8883", "listener " + tlsPort + " 127.0.0.1");
        replaceValue(out, "password_file", passwordFile.toString());
        replaceValue(out, "acl_file", aclFile.toString());
        replaceValue(out, "persistence_location", persistenceDir.toString() + "/");
        replaceValue(out, "cafile", certificates.caCert().toString());
        replaceValue(out, "certfile", certificates.serverCert().toString());
        replaceValue(out, "keyfile", certificates.serverKey().toString());
        // stderr, because Mosquitto block-buffers stdout into a file and the log would lag behind.
        replaceValue(out, "log_dest", "stderr");
        // Running as root, Mosquitto would switch to the 'mosquitto' user, who cannot read a test's files.
        replaceValue(out, "user", System.getProperty("user.name"));
        replaceValue(out, "pid_file", persistenceDir.resolve("mosquitto.pid").toString());
        return String.join("\n", out) + "\n";
    }

    private static void replace(List<String> lines, String exact, String replacement) {
        int index = lines.indexOf(exact);
        if (index < 0) {
            throw new IllegalStateException("shipped mosquitto.conf has no line '" + exact + "'; update the tests with it");
        }
        lines.set(index, replacement);
    }

    private static void replaceValue(List<String> lines, String key, String value) {
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + " ")) {
                lines.set(i, key + " " + value);
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException("shipped mosquitto.conf has no '" + key + "' line; update the tests with it");
        }
    }
}
