package dev.ledfleet.agent.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} options of one sub-command, some of which may repeat. Unknown names and
 * missing values are reported with the option's name.
 */
final class OptionList {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private OptionList() {
    }

    /** Reads {@code args}; {@code known} are the option names without dashes, {@code flags} those without a value. */
    static OptionList parse(String[] args, Set<String> known, Set<String> flags) {
        OptionList options = new OptionList();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!known.contains(name) && !flags.contains(name)) {
                throw new IllegalArgumentException("unknown option '--" + name + "'");
            }
            if (flags.contains(name)) {
                value = "true";
            } else if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option '--" + name + "' needs a value");
                }
                value = args[++i];
            }
            options.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return options;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String required(String name) {
        if (!has(name)) {
            throw new IllegalArgumentException("option '--" + name + "' is required");
        }
        return last(name);
    }

    String text(String name, String fallback) {
        return has(name) ? last(name) : fallback;
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    long longValue(String name, long fallback, long min, long max) {
        if (!has(name)) {
            return fallback;
        }
        try {
            long value = Long.parseLong(last(name).trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("option '--" + name + "' must be a whole number from " + min + " to " + max
                + ", got '" + last(name) + "'");
    }

    int intValue(String name, int fallback, int min, int max) {
        return (int) longValue(name, fallback, min, max);
    }

    double doubleValue(String name, double fallback, double min, double max) {
        if (!has(name)) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(last(name).trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("option '--" + name + "' must be a number from " + min + " to " + max
                + ", got '" + last(name) + "'");
    }

    private String last(String name) {
        List<String> list = values.get(name);
        return list.get(list.size() - 1);
    }
}
