package dev.ledfleet.protocol;

import java.util.regex.Pattern;

/**
 * The name a device answers to on the bus, for example {@code "kitchen-lamp"}: lower-case letters,
 * digits and dashes, starting with a letter or digit, at most 64 characters, so it is always safe
 * as one MQTT topic level. {@code group} and {@code scene} are reserved for the controller's topics.
 */
public record DeviceId(String value) {

    private static final java.util.Set<String> RESERVED = java.util.Set.of("group", "scene");
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public DeviceId {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public static DeviceId of(String value) {
        return new DeviceId(value);
    }

    /** Whether {@code value} would make a valid id; never throws. */
    public static boolean isValid(String value) {
        return problemWith(value) == null;
    }

    private static String problemWith(String value) {
        if (value == null || value.isEmpty()) {
            return "device id must not be empty";
        }
        if (value.length() > 64) {
            return "device id must be at most 64 characters, got " + value.length();
        }
        for (char wildcard : new char[] {'/', '+', '#'}) {
            if (value.indexOf(wildcard) >= 0) {
                return "device id must not contain '" + wildcard + "' (it is special in MQTT topics): " + quoted(value);
            }
        }
        if (!VALID.matcher(value).matches()) {
            return "device id must match [a-z0-9][a-z0-9-]{0,63}: " + quoted(value);
        }
        if (RESERVED.contains(value)) {
            return "device id " + quoted(value) + " is reserved for the group and scene topics";
        }
        return null;
    }

    private static String quoted(String value) {
        String shown = value.length() > 80 ? value.substring(0, 80) + "..." : value;
        return '"' + shown + '"';
    }

    @Override
    public String toString() {
        return value;
    }
}
