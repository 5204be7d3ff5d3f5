package dev.ledfleet.agent.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where the agent sends its frames, as written on the command line:
 * <pre>
 * ws2812-spi:/dev/spidev0.0[?order=grb]
 * apa102-spi:/dev/spidev0.0[?order=bgr&amp;brightness=31&amp;speed=4000000]
 * file:/tmp/frames.bin[?encoding=ws2812|apa102&amp;order=...&amp;brightness=...]
 * virtual
 * </pre>
 */
public sealed interface OutputSpec {

    /** The driver name reported in the device info, e.g. {@code ws2812-spi}. */
    String driver();

    /** Opens the output for a chain of {@code pixelCount} LEDs; fails early when it cannot work. */
    LedOutput open(int pixelCount) throws IOException;

    /** WS2812 bits drawn by the SPI MOSI line at {@link Ws2812SpiEncoder#CLOCK_HZ}. */
    record Ws2812Spi(Path device, ColorOrder order) implements OutputSpec {
        @Override
        public String driver() {
            return "ws2812-spi";
        }

        @Override
        public LedOutput open(int pixelCount) throws IOException {
            return new SpiOutput(new Ws2812SpiEncoder(pixelCount, order), device, Ws2812SpiEncoder.CLOCK_HZ);
        }
    }

    /** APA102 on SPI MOSI and SCLK; the clock is free, 4 MHz is safe through a level shifter. */
    record Apa102Spi(Path device, ColorOrder order, int globalBrightness, int speedHz) implements OutputSpec {
        @Override
        public String driver() {
            return "apa102-spi";
        }

        @Override
        public LedOutput open(int pixelCount) throws IOException {
            return new SpiOutput(new Apa102Encoder(pixelCount, order, globalBrightness), device, speedHz);
        }
    }

    /** The encoded bytes of every frame appended to a file or FIFO. */
    record File(Path path, String encoding, ColorOrder order, int globalBrightness) implements OutputSpec {
        @Override
        public String driver() {
            return "file";
        }

        @Override
        public LedOutput open(int pixelCount) throws IOException {
            FrameEncoder encoder = encoding.equals("apa102")
                    ? new Apa102Encoder(pixelCount, order, globalBrightness)
                    : new Ws2812SpiEncoder(pixelCount, order);
            return new FileOutput(encoder, path);
        }
    }

    /** Frames kept in memory; the device's button is then simulated over MQTT. */
    record Virtual() implements OutputSpec {
        @Override
        public String driver() {
            return "virtual";
        }

        @Override
        public LedOutput open(int pixelCount) {
            return new VirtualOutput(pixelCount);
        }
    }

    static OutputSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("output is empty; " + SYNTAX);
        }
        int question = text.indexOf('?');
        String head = question < 0 ? text : text.substring(0, question);
        Map<String, String> options = options(question < 0 ? "" : text.substring(question + 1), text);
        int colon = head.indexOf(':');
        String kind = colon < 0 ? head : head.substring(0, colon);
        String target = colon < 0 ? "" : head.substring(colon + 1);
        return switch (kind) {
            case "virtual" -> {
                allowOnly(options, Set.of(), text);
                yield new Virtual();
            }
            case "ws2812-spi" -> {
                allowOnly(options, Set.of("order"), text);
                yield new Ws2812Spi(path(target, text), ColorOrder.parse(options.getOrDefault("order", "grb")));
            }
            case "apa102-spi" -> {
                allowOnly(options, Set.of("order", "brightness", "speed"), text);
                yield new Apa102Spi(path(target, text), ColorOrder.parse(options.getOrDefault("order", "bgr")),
                        number(options, "brightness", 31, 0, 31), number(options, "speed", 4_000_000, 10_000, 32_000_000));
            }
            case "file" -> {
                allowOnly(options, Set.of("encoding", "order", "brightness"), text);
                String encoding = options.getOrDefault("encoding", "ws2812");
                if (!encoding.equals("ws2812") && !encoding.equals("apa102")) {
                    throw new IllegalArgumentException("output " + text + ": encoding must be ws2812 or apa102, got " + encoding);
                }
                String defaultOrder = encoding.equals("apa102") ? "bgr" : "grb";
                yield new File(path(target, text), encoding, ColorOrder.parse(options.getOrDefault("order", defaultOrder)),
                        number(options, "brightness", 31, 0, 31));
            }
            default -> throw new IllegalArgumentException("unknown output '" + kind + "'; " + SYNTAX);
        };
    }

    String SYNTAX = "expected ws2812-spi:/dev/spidevB.C, apa102-spi:/dev/spidevB.C, file:PATH or virtual";

    private static Map<String, String> options(String query, String text) {
        Map<String, String> options = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return options;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("output " + text + ": option '" + pair + "' must be name=value");
            }
            options.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return options;
    }

    private static void allowOnly(Map<String, String> options, Set<String> allowed, String text) {
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("output " + text + ": unknown option '" + name + "'"
                        + (allowed.isEmpty() ? "; this output takes none" : "; allowed: " + String.join(", ", allowed)));
            }
        }
    }

    private static Path path(String target, String text) {
        if (target.isEmpty()) {
            throw new IllegalArgumentException("output " + text + " needs a path after ':'; " + SYNTAX);
        }
        return Path.of(target);
    }

    private static int number(Map<String, String> options, String name, int fallback, int min, int max) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new IllegalArgumentException("output option " + name + " must be a whole number from " + min + " to " + max
                + ", got '" + value + "'");
    }
}
