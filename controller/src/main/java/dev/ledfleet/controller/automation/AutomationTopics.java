package dev.ledfleet.controller.automation;

import dev.ledfleet.protocol.Names;
import dev.ledfleet.protocol.Topics;

/**
 * The controller's MQTT API for other automation, {@code <base>/group/<name>/set} and
 * {@code <base>/scene/<name>/apply} (built by {@link Topics}), as subscription filters and back.
 */
record AutomationTopics(Topics topics) {

    String everyGroupSet() {
        return topics.base() + "/group/+/set";
    }

    String everySceneApply() {
        return topics.base() + "/scene/+/apply";
    }

    /** The group a {@code group/<name>/set} topic names, or null. */
    String group(String topic) {
        String name = name(topic, "/group/", "/set");
        return name != null && topics.groupSet(name).equals(topic) ? name : null;
    }

    /** The scene a {@code scene/<name>/apply} topic names, or null. */
    String scene(String topic) {
        String name = name(topic, "/scene/", "/apply");
        return name != null && topics.sceneApply(name).equals(topic) ? name : null;
    }

    private String name(String topic, String middle, String end) {
        String head = topics.base() + middle;
        if (!topic.startsWith(head) || !topic.endsWith(end) || topic.length() <= head.length() + end.length()) {
            return null;
        }
        String name = topic.substring(head.length(), topic.length() - end.length());
        return Names.isTopicLevel(name) ? name : null;
    }
}
