package dev.ledfleet.controller.rules;

import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.MessageCodec;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.Map;

/** Set patches through the real protocol codec, as the controller reads them. */
final class TestPatches implements PatchCodec {

    private final MessageCodec codec = MessageCodec.standard();

    @Override
    public SetCommand read(Object plain, String path) {
        try {
            return codec.decodeSet(codec.mapper().writeValueAsBytes(plain));
        } catch (InvalidMessageException e) {
            throw FleetException.invalid(path + "." + e.field(), e.problem());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Object write(SetCommand patch) {
        Map<?, ?> plain = codec.mapper().convertValue(patch, Map.class);
        return plain;
    }

    /** JSON text as plain maps, the way request bodies reach the rules. */
    Object plain(String json) {
        try {
            return codec.mapper().readValue(json, Object.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
