package dev.ledfleet.agent.cli;

import dev.ledfleet.protocol.effect.EffectSpec;
import dev.ledfleet.protocol.effect.ParamSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code --param name=value} arguments into the JSON-like values a {@link ParamSpec} expects, so
 * that the protocol's own validation judges them exactly as it judges a command: numbers become
 * numbers, {@code true}/{@code false} booleans, a colour list is comma-separated, and an image is
 * {@code @FILE} (read and base64-encoded). Anything that does not convert is passed on as text and
 * refused by validation with the parameter's name.
 */
final class ParamArguments {

    private ParamArguments() {
    }

    static Map<String, Object> parse(EffectSpec spec, List<String> arguments) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("--param must be written NAME=VALUE, got '" + argument + "'");
            }
            String name = argument.substring(0, equals).trim();
            String text = argument.substring(equals + 1);
            ParamSpec param = spec.param(name).orElse(null);
            params.put(name, param == null ? text : value(param, text));
        }
        return params;
    }

    private static Object value(ParamSpec param, String text) {
        return switch (param.type()) {
            case INT, NUMBER -> number(text);
            case BOOL -> text.equalsIgnoreCase("true") ? Boolean.TRUE
                    : text.equalsIgnoreCase("false") ? Boolean.FALSE : text;
            case COLORS -> Arrays.stream(text.split(",")).map(String::trim).toList();
            case IMAGE -> text.startsWith("@") ? image(Path.of(text.substring(1))) : text;
            case COLOR, CHOICE, TEXT -> text;
        };
    }

    private static Object number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException notWhole) {
            try {
                return Double.parseDouble(text.trim());
            } catch (NumberFormatException notNumber) {
                return text;
            }
        }
    }

    private static String image(Path file) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read image " + file + ": " + e.getMessage(), e);
        }
    }
}
