package dev.ledfleet.controller.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledfleet.controller.fleet.CommandRecord;
import dev.ledfleet.controller.fleet.Device;
import dev.ledfleet.controller.fleet.FanOut;
import dev.ledfleet.controller.fleet.Group;
import dev.ledfleet.controller.fleet.Preset;
import dev.ledfleet.controller.fleet.Scene;
import dev.ledfleet.protocol.message.FrameCodec;
import io.vertx.core.buffer.Buffer;
import java.util.Base64;
import java.util.List;

/** Turns fleet records into the JSON shapes of docs/api.md. */
final class ApiJson {

    private final ObjectMapper mapper;

    ApiJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    Buffer buffer(JsonNode node) {
        try {
            return Buffer.buffer(mapper.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    ObjectNode device(Device d) {
        ObjectNode node = object();
        node.put("id", d.id().value());
        node.put("name", d.name());
        node.put("room", d.room());
        node.set("groups", tree(d.groups()));
        node.put("kind", d.info() == null ? null : d.info().kind().wireName());
        node.set("layout", d.info() == null ? null : tree(d.info().layout()));
        node.put("online", d.connectivity().wireText());
        node.put("lastSeen", d.lastSeen());
        node.set("info", tree(d.info()));
        node.set("reported", tree(d.reported()));
        node.set("desired", tree(d.desired()));
        node.set("pending", d.pending() == null ? null : command(d.pending()));
        node.set("lastFailure", d.lastFailure() == null ? null : command(d.lastFailure()));
        node.set("favourites", tree(d.favourites()));
        node.put("favouritesPinned", d.favouritesPinned());
        node.set("usage", tree(d.usage()));
        return node;
    }

    ArrayNode devices(List<Device> devices) {
        ArrayNode array = mapper.createArrayNode();
        devices.forEach(d -> array.add(device(d)));
        return array;
    }

    ObjectNode command(CommandRecord c) {
        ObjectNode node = object();
        node.put("id", c.id());
        node.put("device", c.device().value());
        node.put("status", c.status().wireText());
        node.put("sentAt", c.sentAt());
        node.put("settledAt", c.settledAt());
        node.put("field", c.field());
        node.put("reason", c.reason());
        node.put("at", c.settledAt() != null ? c.settledAt() : c.sentAt());
        node.set("patch", tree(c.patch()));
        node.put("source", c.source().wireText());
        return node;
    }

    ObjectNode fanOut(FanOut.Result result) {
        ObjectNode node = object();
        node.put("commandId", result.commandId());
        node.put("startAt", result.startAt());
        ObjectNode members = node.putObject("members");
        result.members().forEach((member, r) -> {
            ObjectNode m = members.putObject(member);
            m.put("status", r.status());
            m.put("commandId", r.commandId());
            if (r.field() != null) {
                m.put("field", r.field());
            }
            if (r.reason() != null) {
                m.put("reason", r.reason());
            }
        });
        return node;
    }

    ObjectNode group(Group group) {
        ObjectNode node = object();
        node.put("name", group.name());
        node.set("members", tree(group.members()));
        return node;
    }

    ObjectNode preset(Preset preset) {
        ObjectNode node = object();
        node.put("name", preset.name());
        node.set("state", tree(preset.state()));
        return node;
    }

    ObjectNode scene(Scene scene) {
        ObjectNode node = object();
        node.put("name", scene.name());
        ArrayNode targets = node.putArray("targets");
        for (Scene.Target t : scene.targets()) {
            ObjectNode target = targets.addObject();
            if (t.device() != null) {
                target.put("device", t.device());
            }
            if (t.group() != null) {
                target.put("group", t.group());
            }
            if (t.state() != null) {
                target.set("state", tree(t.state()));
            }
            if (t.preset() != null) {
                target.put("preset", t.preset());
            }
        }
        return node;
    }

    ObjectNode frame(String device, FrameCodec.Frame frame) {
        int[] pixels = frame.pixels();
        byte[] rgb = new byte[pixels.length * 3];
        for (int i = 0, o = 0; i < pixels.length; i++) {
            rgb[o++] = (byte) (pixels[i] >>> 16);
            rgb[o++] = (byte) (pixels[i] >>> 8);
            rgb[o++] = (byte) pixels[i];
        }
        ObjectNode node = object();
        node.put("device", device);
        node.put("width", frame.width());
        node.put("height", frame.height());
        node.put("rgb", Base64.getEncoder().encodeToString(rgb));
        return node;
    }
}
