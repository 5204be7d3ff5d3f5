package dev.ledfleet.protocol;

import java.util.regex.Pattern;

/** Checks for the human-chosen names (groups, scenes, presets) that also appear in topics and URLs. */
public final class Names {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private Names() {
    }

    /** Returns {@code name} if it is a valid slug, else throws with a message naming {@code what}. */
    public static String requireTopicLevel(String name, String what) {
        if (name == null || !SLUG.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " must match [a-z0-9][a-z0-9_-]{0,63}, got "
                    + (name == null ? "nothing" : '"' + abbreviate(name) + '"'));
        }
        return name;
    }

    public static boolean isTopicLevel(String name) {
        return name != null && SLUG.matcher(name).matches();
    }

    static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
