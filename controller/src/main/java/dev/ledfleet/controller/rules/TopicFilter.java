package dev.ledfleet.controller.rules;

/**
 * An MQTT subscription filter such as {@code home/+/motion} or {@code zigbee2mqtt/#}, checked where
 * it is made: {@code +} and {@code #} must fill a whole level and {@code #} must come last.
 */
public record TopicFilter(String value) {

    public TopicFilter {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why {@code filter} is not a valid MQTT filter, or null when it is one. */
    public static String problem(String filter) {
        if (filter == null || filter.isEmpty()) {
            return "a topic filter must not be empty";
        }
        if (filter.length() > 1024) {
            return "a topic filter must be at most 1024 characters";
        }
        if (filter.indexOf('\0') >= 0) {
            return "a topic filter must not contain the NUL character";
        }
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            if (level.contains("#") && (!level.equals("#") || i != levels.length - 1)) {
                return "'#' must be a whole level and the last one, in \"" + filter + '"';
            }
            if (level.contains("+") && !level.equals("+")) {
                return "'+' must be a whole level, in \"" + filter + '"';
            }
        }
        return null;
    }

    /** Whether a message published on {@code topic} is delivered to this filter. */
    public boolean matches(String topic) {
        String[] filterLevels = value.split("/", -1);
        String[] topicLevels = topic.split("/", -1);
        // Wildcards in the first level never match topics starting with '$' (broker internals).
        if (topic.startsWith("$") && (filterLevels[0].equals("+") || filterLevels[0].equals("#"))) {
            return false;
        }
        for (int i = 0; i < filterLevels.length; i++) {
            String level = filterLevels[i];
            if (level.equals("#")) {
                return true;
            }
            if (i >= topicLevels.length) {
                return false;
            }
            if (!level.equals("+") && !level.equals(topicLevels[i])) {
                return false;
            }
        }
        return filterLevels.length == topicLevels.length;
    }
}
