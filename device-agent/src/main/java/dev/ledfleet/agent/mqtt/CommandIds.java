package dev.ledfleet.agent.mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.MessageCodec;

/** Digs the command id out of a payload that failed validation, so the error can name it. */
final class CommandIds {

    private static final int MAX_ID_LENGTH = 64;

    private CommandIds() {
    }

    static String readable(MessageCodec codec, byte[] payload) {
        try {
            JsonNode id = codec.parseTree(payload).get("id");
            if (id != null && id.isTextual() && id.asText().length() <= MAX_ID_LENGTH) {
                return id.asText();
            }
        } catch (InvalidMessageException | RuntimeException e) {
            // Unreadable payload: the error goes out without an id.
        }
        return null;
    }
}
