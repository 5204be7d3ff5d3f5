package dev.ledfleet.mqtt;

/**
 * Receives messages for a subscription. Called on the MQTT client's own thread: hand the message on
 * (to a Vert.x context, a queue, an atomic) and return; never block or publish-and-wait here.
 */
@FunctionalInterface
public interface MessageHandler {
    void handle(String topic, byte[] payload, boolean retained);
}
