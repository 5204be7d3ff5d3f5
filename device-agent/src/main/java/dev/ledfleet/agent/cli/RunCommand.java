package dev.ledfleet.agent.cli;

import dev.ledfleet.agent.Agent;
import dev.ledfleet.agent.AgentConfig;
import dev.ledfleet.agent.AgentHandle;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/** The {@code run} sub-command: starts the agent and runs until the process is stopped. */
public final class RunCommand {

    static final String USAGE = """
            Usage: java -jar ledfleet-agent.jar run [--config FILE] [--OPTION VALUE]...

            Options (flags override the config file, a Java properties file with the same names
            without dashes, e.g. 'mqtt-url = tcp://broker.lan:1883'):
              --id ID                    device id, [a-z0-9][a-z0-9-]{0,63} (required)
              --name TEXT                display name (default: the id)
              --kind lamp|grid|strip     physical form (default: strip or grid from the layout)
              --layout LAYOUT            strip:N or grid:WxH[,serpentine|progressive][,flip-x][,flip-y][,transpose] (required)
              --output OUTPUT            ws2812-spi:/dev/spidev0.0[?order=grb]
                                         apa102-spi:/dev/spidev0.0[?order=bgr&brightness=31&speed=4000000]
                                         file:PATH[?encoding=ws2812|apa102]   virtual   (required)
              --button-pin PIN           [gpiochipN:]LINE[:pull-up|pull-down|no-pull][:active-low|active-high]
              --button-debounce-ms N     (20)   --button-double-ms N (350)
              --button-long-ms N         (600)  --button-hold-ms N   (400)
              --mqtt-url URL             tcp://host:1883 or ssl://host:8883 (required)
              --mqtt-user NAME           MQTT user name
              --mqtt-password-file FILE  file holding the MQTT password
              --ca-file FILE             CA certificate (PEM) that signed the broker's certificate
              --fps N                    target frame rate (default 60)
              --power-budget-ma N        limit the estimated LED current, 0 = none (default 0)
              --state-dir DIR            where the last state is kept (default /var/lib/ledfleet)
              --base-topic BASE          MQTT topic base (default ledfleet)
            """;

    private RunCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        AgentConfig config;
        try {
            options = options(args);
            if (options == null) {
                out.print(USAGE);
                return 0;
            }
            config = AgentConfig.fromOptions(options);
        } catch (IllegalArgumentException | IOException e) {
            err.println("run: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        AgentHandle handle;
        try {
            handle = Agent.start(config);
        } catch (IOException | RuntimeException e) {
            err.println("run: cannot start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            handle.close();
            stopped.countDown();
        }, "agent-shutdown"));
        out.println("ledfleet agent " + config.id().value() + " running: " + config.layout() + " on " + config.output().driver()
                + ", broker " + config.mqttUrl());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Reads the config file first, then the flags over it; null when help was asked for. */
    static Map<String, String> options(String[] args) throws IOException {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return null;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("expected an option like --id, got '" + arg + "'");
            }
            String name = arg.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
            flags.put(name, value);
        }
        Map<String, String> options = new LinkedHashMap<>();
        String configFile = flags.remove("config");
        if (configFile != null) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of(configFile), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(key -> options.put(key, properties.getProperty(key).trim()));
        }
        options.putAll(flags);
        return options;
    }
}
