package dev.ledfleet.controller.homeassistant;

import java.util.Map;

/** Where the bridge's messages go: JSON-encoded and published by the MQTT side; a null payload clears a retained topic. */
@FunctionalInterface
public interface HaOutbox {

    void publish(String topic, Map<String, Object> payload, boolean retained);
}
