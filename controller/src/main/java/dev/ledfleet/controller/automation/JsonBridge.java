package dev.ledfleet.controller.automation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.controller.rules.PatchCodec;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.MessageCodec;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.Map;
import java.util.Optional;

/**
 * The one place automation meets JSON: set patches through the protocol codec (so they are checked
 * like any other), JSON fields of MQTT payloads for rule triggers, and plain maps to bytes.
 */
final class JsonBridge implements PatchCodec {

    private final MessageCodec codec;
    private final ObjectMapper mapper;

    JsonBridge(MessageCodec codec) {
        this.codec = codec;
        this.mapper = codec.mapper();
    }

    @Override
    public SetCommand read(Object plain, String path) {
        if (!(plain instanceof Map)) {
            throw FleetException.invalid(path, "must be a set patch object");
        }
        try {
            SetCommand patch = codec.decodeSet(mapper.writeValueAsBytes(plain));
            if (patch.isEmpty()) {
                throw FleetException.invalid(path, "the patch is empty");
            }
            return patch;
        } catch (InvalidMessageException e) {
            throw FleetException.invalid(e.field().isEmpty() ? path : path + "." + e.field(), e.problem());
        } catch (JsonProcessingException e) {
            throw FleetException.invalid(path, e.getOriginalMessage());
        }
    }

    @Override
    public Object write(SetCommand patch) {
        Map<?, ?> plain = mapper.convertValue(patch, Map.class);
        plain.remove("v");
        return plain;
    }

    /** The value at a dot path such as {@code occupancy} or {@code sensor.state}, as text. */
    Optional<String> field(byte[] payload, String dotPath) {
        JsonNode node;
        try {
            node = mapper.readTree(payload);
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
        for (String part : dotPath.split("\\.")) {
            if (node == null) {
                return Optional.empty();
            }
            node = node.isArray() && part.matches("\\d+") ? node.get(Integer.parseInt(part)) : node.get(part);
        }
        if (node == null || node.isNull() || node.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    /** Any JSON text as plain maps and lists; throws {@link IllegalArgumentException} if it is not JSON. */
    Object plain(byte[] json) {
        try {
            return mapper.readValue(json, Object.class);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
    }

    byte[] bytes(Object plain) {
        try {
            return mapper.writeValueAsBytes(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
