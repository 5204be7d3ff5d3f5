package dev.ledfleet.controller;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The controller's settings, from an optional properties file ({@code --config FILE}, keys named like
 * the flags without dashes: {@code http-port=8080}) overridden by flags.
 */
public record ControllerOptions(
        String httpHost,
        int httpPort,
        String mqttUrl,
        String mqttUser,
        Path mqttPasswordFile,
        Path caFile,
        Path dataDir,
        String baseTopic,
        boolean demo,
        int mqttPort,
        boolean help,
        String haDiscoveryPrefix) {

    static final Set<String> VALUED = Set.of("http-host", "http-port", "mqtt-url", "mqtt-user", "mqtt-password-file",
            "ca-file", "data-dir", "base-topic", "config", "mqtt-port", "ha-discovery-prefix");
    static final Set<String> SWITCHES = Set.of("demo", "help");

    public static final String USAGE = """
            ledfleet controller: the fleet registry, REST API and web UI for ledfleet LED devices.

            Usage:
              java -jar ledfleet-controller.jar [options]
              java -jar ledfleet-controller.jar --demo [--http-port N] [--mqtt-port N] [--data-dir DIR]
              java -jar ledfleet-controller.jar provision-device <id> [options]

            Options:
              --http-port N             HTTP port for the API and web UI (default 8080)
              --http-host HOST          address to listen on (default 0.0.0.0; the demo uses 127.0.0.1)
              --mqtt-url URL            broker, tcp://host:port or ssl://host:port (default tcp://127.0.0.1:1883)
              --mqtt-user NAME          MQTT user name
              --mqtt-password-file FILE file holding the MQTT password (first line)
              --ca-file FILE            CA certificate (PEM) to trust for ssl:// brokers
              --data-dir DIR            where the configuration is kept (default ./ledfleet-data)
              --base-topic TOPIC        MQTT topic base (default ledfleet)
              --ha-discovery-prefix P   Home Assistant MQTT discovery prefix (default homeassistant)
              --config FILE             properties file with any of the above, e.g. http-port=8080
              --demo                    start an embedded broker and two simulated devices (unauthenticated!)
              --mqtt-port N             the demo broker's port (default 1883)
              --help                    print this text
            """;

    /** Reads flags (and the file they name); throws {@link IllegalArgumentException} with a usable message. */
    public static ControllerOptions parse(String[] args) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (SWITCHES.contains(name)) {
                flags.put(name, "true");
            } else if (VALUED.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--" + name + " needs a value");
                    }
                    value = args[++i];
                }
                flags.put(name, value);
            } else {
                throw new IllegalArgumentException("unknown option '--" + name + "'");
            }
        }
        Map<String, String> merged = new LinkedHashMap<>();
        if (flags.containsKey("config")) {
            merged.putAll(readFile(Path.of(flags.get("config"))));
        }
        merged.putAll(flags);
        boolean demo = Boolean.parseBoolean(merged.getOrDefault("demo", "false"));
        int mqttPort = port(merged, "mqtt-port", 1883);
        return new ControllerOptions(
                merged.getOrDefault("http-host", demo ? "127.0.0.1" : "0.0.0.0"),
                port(merged, "http-port", 8080),
                merged.getOrDefault("mqtt-url", "tcp://127.0.0.1:" + (demo ? mqttPort : 1883)),
                merged.get("mqtt-user"),
                path(merged, "mqtt-password-file"),
                path(merged, "ca-file"),
                path(merged, "data-dir"),
                merged.getOrDefault("base-topic", "ledfleet"),
                demo,
                mqttPort,
                Boolean.parseBoolean(merged.getOrDefault("help", "false")),
                merged.getOrDefault("ha-discovery-prefix", "homeassistant"));
    }

    private static Map<String, String> readFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read configuration file " + file + ": " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!VALUED.contains(key) && !SWITCHES.contains(key) || key.equals("config")) {
                throw new IllegalArgumentException(file + ": unknown setting '" + key + "'");
            }
            values.put(key, properties.getProperty(key).trim());
        }
        return values;
    }

    private static int port(Map<String, String> values, String name, int fallback) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " must be a port number from 0 to 65535, got '" + text + "'");
    }

    private static Path path(Map<String, String> values, String name) {
        String text = values.get(name);
        return text == null ? null : Path.of(text);
    }
}
