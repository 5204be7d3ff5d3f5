package dev.ledfleet.agent;

import dev.ledfleet.agent.button.ButtonPin;
import dev.ledfleet.agent.button.ButtonTimings;
import dev.ledfleet.agent.layout.Layout;
import dev.ledfleet.agent.output.OutputSpec;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.Topics;
import dev.ledfleet.protocol.message.DeviceKind;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything one agent needs to run. Read from options named like the command-line flags without
 * their dashes ({@code id}, {@code layout}, {@code output}, {@code mqtt-url}...), whether they come
 * from flags, a properties file or a map built in code (the controller's demo does that).
 */
public record AgentConfig(
        DeviceId id,
        String name,
        DeviceKind kind,
        Layout layout,
        OutputSpec output,
        ButtonPin buttonPin,
        ButtonTimings buttonTimings,
        String mqttUrl,
        String mqttUser,
        Path mqttPasswordFile,
        Path caFile,
        double fps,
        int powerBudgetMa,
        Path stateDir,
        String baseTopic) {

    /** Every option {@link #fromOptions} understands. */
    public static final List<String> OPTIONS = List.of("id", "name", "kind", "layout", "output", "button-pin",
            "button-debounce-ms", "button-double-ms", "button-long-ms", "button-hold-ms", "mqtt-url", "mqtt-user",
            "mqtt-password-file", "ca-file", "fps", "power-budget-ma", "state-dir", "base-topic");

    public static final Path DEFAULT_STATE_DIR = Path.of("/var/lib/ledfleet");

    public AgentConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(mqttUrl, "mqtt-url");
        new Topics(baseTopic);
    }

    /** The directory holding this device's saved state. */
    public Path deviceStateDir() {
        return stateDir.resolve(id.value());
    }

    public Topics topics() {
        return new Topics(baseTopic);
    }

    /** Reads options; the exception message names the option at fault. */
    public static AgentConfig fromOptions(Map<String, String> options) {
        Map<String, String> o = new LinkedHashMap<>(options);
        for (String key : o.keySet()) {
            if (!OPTIONS.contains(key)) {
                throw new IllegalArgumentException("unknown option '" + key + "'; known: " + String.join(", ", OPTIONS));
            }
        }
        DeviceId id = option(o, "id", DeviceId::of);
        Layout layout = option(o, "layout", Layout::parse);
        DeviceKind kind = o.containsKey("kind")
                ? option(o, "kind", k -> DeviceKind.fromWire(k).orElseThrow(
                        () -> new IllegalArgumentException("must be lamp, grid or strip")))
                : layout.isStrip() ? DeviceKind.STRIP : DeviceKind.GRID;
        ButtonTimings defaults = ButtonTimings.DEFAULT;
        ButtonTimings timings = new ButtonTimings(integer(o, "button-debounce-ms", defaults.debounceMs()),
                integer(o, "button-double-ms", defaults.doubleMs()), integer(o, "button-long-ms", defaults.longMs()),
                integer(o, "button-hold-ms", defaults.holdRepeatMs()));
        return new AgentConfig(
                id,
                o.getOrDefault("name", id.value()),
                kind,
                layout,
                option(o, "output", OutputSpec::parse),
                o.containsKey("button-pin") ? option(o, "button-pin", ButtonPin::parse) : null,
                timings,
                option(o, "mqtt-url", url -> url),
                o.get("mqtt-user"),
                o.containsKey("mqtt-password-file") ? Path.of(o.get("mqtt-password-file")) : null,
                o.containsKey("ca-file") ? Path.of(o.get("ca-file")) : null,
                option(o, "fps", Double::parseDouble, "60"),
                integer(o, "power-budget-ma", 0),
                Path.of(o.getOrDefault("state-dir", DEFAULT_STATE_DIR.toString())),
                option(o, "base-topic", base -> new Topics(base).base(), Topics.DEFAULT_BASE));
    }

    private static int integer(Map<String, String> o, String key, int fallback) {
        return option(o, key, Integer::parseInt, String.valueOf(fallback));
    }

    private static <T> T option(Map<String, String> o, String key, Function<String, T> parser) {
        if (!o.containsKey(key)) {
            throw new IllegalArgumentException("option '" + key + "' is required");
        }
        return option(o, key, parser, null);
    }

    private static <T> T option(Map<String, String> o, String key, Function<String, T> parser,
            String fallback) {
        String value = o.getOrDefault(key, fallback);
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("option '" + key + "' = '" + value + "': " + e.getMessage(), e);
        }
    }
}
