package dev.ledfleet.controller.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.ledfleet.controller.fleet.FanOut;
import dev.ledfleet.controller.fleet.Fleet;
import dev.ledfleet.controller.fleet.Group;
import dev.ledfleet.controller.fleet.Preset;
import dev.ledfleet.controller.fleet.Scene;
import dev.ledfleet.controller.runtime.FleetGate;
import dev.ledfleet.protocol.message.SetCommand;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Groups, presets and scenes: CRUD, and applying them to the fleet. */
final class SetupHandlers {

    private final FleetGate fleet;
    private final ApiJson json;
    private final BodyReader bodies;

    SetupHandlers(FleetGate fleet, ApiJson json, BodyReader bodies) {
        this.fleet = fleet;
        this.json = json;
        this.bodies = bodies;
    }

    void listGroups(RoutingContext ctx) {
        list(ctx, f -> f.setup().groups(), json::group);
    }

    void getGroup(RoutingContext ctx) {
        one(ctx, fleet.call(f -> json.group(f.setup().group(name(ctx)))));
    }

    void putGroup(RoutingContext ctx) {
        Group group = bodies.group(ctx, ctx.pathParam("name"));
        saved(ctx, fleet.callAsync(f -> f.setup().putGroup(group)), json.group(group));
    }

    void deleteGroup(RoutingContext ctx) {
        String name = name(ctx);
        fleet.callAsync(f -> f.setup().removeGroup(name)).onSuccess(v -> Replies.noContent(ctx)).onFailure(ctx::fail);
    }

    void setGroupState(RoutingContext ctx) {
        String name = name(ctx);
        SetCommand patch = bodies.patch(ctx);
        long timeout = DeviceHandlers.waitMs(ctx);
        fanOut(ctx, f -> f.fanOut().group(name, patch, timeout));
    }

    void listPresets(RoutingContext ctx) {
        list(ctx, f -> f.setup().presets(), json::preset);
    }

    void getPreset(RoutingContext ctx) {
        one(ctx, fleet.call(f -> json.preset(f.setup().preset(name(ctx)))));
    }

    void putPreset(RoutingContext ctx) {
        Preset preset = bodies.preset(ctx, ctx.pathParam("name"));
        saved(ctx, fleet.callAsync(f -> f.setup().putPreset(preset)), json.preset(preset));
    }

    void deletePreset(RoutingContext ctx) {
        String name = name(ctx);
        fleet.callAsync(f -> f.setup().removePreset(name)).onSuccess(v -> Replies.noContent(ctx)).onFailure(ctx::fail);
    }

    void applyPreset(RoutingContext ctx) {
        String name = name(ctx);
        JsonNode body = bodies.json(ctx);
        String device = BodyReader.text(body, "device");
        String group = BodyReader.text(body, "group");
        long timeout = DeviceHandlers.waitMs(ctx);
        fanOut(ctx, f -> f.fanOut().preset(name, device, group, timeout));
    }

    void listScenes(RoutingContext ctx) {
        list(ctx, f -> f.setup().scenes(), json::scene);
    }

    void getScene(RoutingContext ctx) {
        one(ctx, fleet.call(f -> json.scene(f.setup().scene(name(ctx)))));
    }

    void putScene(RoutingContext ctx) {
        Scene scene = bodies.scene(ctx, ctx.pathParam("name"));
        saved(ctx, fleet.callAsync(f -> f.setup().putScene(scene)), json.scene(scene));
    }

    void deleteScene(RoutingContext ctx) {
        String name = name(ctx);
        fleet.callAsync(f -> f.setup().removeScene(name)).onSuccess(v -> Replies.noContent(ctx)).onFailure(ctx::fail);
    }

    void applyScene(RoutingContext ctx) {
        String name = name(ctx);
        long timeout = DeviceHandlers.waitMs(ctx);
        fanOut(ctx, f -> f.fanOut().scene(name, timeout));
    }

    private void fanOut(RoutingContext ctx, Function<Fleet, CompletableFuture<FanOut.Result>> action) {
        fleet.callAsync(action).onSuccess(result -> Replies.json(ctx, 200, json.buffer(json.fanOut(result)))).onFailure(ctx::fail);
    }

    private <T> void list(RoutingContext ctx, Function<Fleet, List<T>> items, Function<T, JsonNode> mapping) {
        fleet.call(items).onSuccess(all -> {
            ArrayNode array = json.mapper().createArrayNode();
            all.forEach(item -> array.add(mapping.apply(item)));
            Replies.json(ctx, 200, json.buffer(array));
        }).onFailure(ctx::fail);
    }

    private void one(RoutingContext ctx, Future<? extends JsonNode> item) {
        item.onSuccess(node -> Replies.json(ctx, 200, json.buffer(node))).onFailure(ctx::fail);
    }

    private void saved(RoutingContext ctx, Future<Void> save, JsonNode body) {
        int status = ctx.request().method().name().equals("POST") ? 201 : 200;
        save.onSuccess(v -> Replies.json(ctx, status, json.buffer(body))).onFailure(ctx::fail);
    }

    private static String name(RoutingContext ctx) {
        return ctx.pathParam("name");
    }
}
