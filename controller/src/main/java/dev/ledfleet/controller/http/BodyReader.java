package dev.ledfleet.controller.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ledfleet.controller.fleet.Favourites;
import dev.ledfleet.controller.fleet.Group;
import dev.ledfleet.controller.fleet.Preset;
import dev.ledfleet.controller.fleet.Scene;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.MessageCodec;
import dev.ledfleet.protocol.message.SetCommand;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads request bodies: malformed JSON is a {@code 400}, well-formed JSON that breaks the rules
 * (unknown effect, parameter out of range, bad name) a {@code 422} naming the field.
 */
final class BodyReader {

    private final MessageCodec codec;

    BodyReader(MessageCodec codec) {
        this.codec = codec;
    }

    JsonNode json(RoutingContext ctx) {
        byte[] bytes = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
        try {
            JsonNode node = codec.parseTree(bytes);
            if (!node.isObject()) {
                throw ApiException.badRequest("", "expected a JSON object, got " + node.getNodeType().name().toLowerCase());
            }
            return node;
        } catch (InvalidMessageException e) {
            throw ApiException.badRequest(e.field(), e.problem());
        }
    }

    SetCommand patch(RoutingContext ctx) {
        return patch(json(ctx), "");
    }

    SetCommand patch(JsonNode node, String path) {
        try {
            SetCommand patch = codec.decodeSet(codec.mapper().writeValueAsBytes(node));
            if (patch.isEmpty()) {
                throw ApiException.unprocessable(path, "the patch is empty; give at least one of power, brightness, effect, params, transitionMs, playlist");
            }
            return patch;
        } catch (InvalidMessageException e) {
            throw ApiException.unprocessable(join(path, e.field()), e.problem());
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(path, e.getOriginalMessage());
        }
    }

    Group group(RoutingContext ctx, String name) {
        JsonNode node = json(ctx);
        List<String> members = new ArrayList<>();
        JsonNode list = node.path("members");
        if (!list.isArray()) {
            throw ApiException.unprocessable("members", "must be a list of device ids");
        }
        list.forEach(m -> members.add(m.asText()));
        return new Group(nameOf(node, name), members);
    }

    Preset preset(RoutingContext ctx, String name) {
        JsonNode node = json(ctx);
        if (!node.path("state").isObject()) {
            throw ApiException.unprocessable("state", "must be a set patch object");
        }
        return new Preset(nameOf(node, name), patch(node.get("state"), "state"));
    }

    Scene scene(RoutingContext ctx, String name) {
        JsonNode node = json(ctx);
        if (!node.path("targets").isArray()) {
            throw ApiException.unprocessable("targets", "must be a list of {device|group, state|preset}");
        }
        List<Scene.Target> targets = new ArrayList<>();
        int i = 0;
        for (JsonNode t : node.get("targets")) {
            String path = "targets[" + i++ + "]";
            SetCommand state = t.path("state").isObject() ? patch(t.get("state"), path + ".state") : null;
            targets.add(new Scene.Target(text(t, "device"), text(t, "group"), state, text(t, "preset")));
        }
        return new Scene(nameOf(node, name), targets);
    }

    Favourites favourites(RoutingContext ctx) {
        JsonNode node = json(ctx);
        try {
            var list = codec.decodeFavourites(codec.mapper().writeValueAsBytes(node));
            List<EffectChoice> choices = list.favourites();
            return new Favourites(node.path("pinned").asBoolean(false), choices);
        } catch (InvalidMessageException e) {
            throw ApiException.unprocessable(e.field(), e.problem());
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("", e.getOriginalMessage());
        }
    }

    /** The name in the URL wins; a body naming another one is a mistake worth reporting. */
    private static String nameOf(JsonNode node, String fromPath) {
        String inBody = text(node, "name");
        if (fromPath == null) {
            return inBody;
        }
        if (inBody != null && !inBody.equals(fromPath)) {
            throw ApiException.unprocessable("name", "the body names '" + inBody + "' but the URL names '" + fromPath + "'");
        }
        return fromPath;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String join(String path, String field) {
        if (path.isEmpty()) {
            return field;
        }
        return field.isEmpty() ? path : path + "." + field;
    }
}
