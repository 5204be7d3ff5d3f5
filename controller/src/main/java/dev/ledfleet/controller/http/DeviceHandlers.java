package dev.ledfleet.controller.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledfleet.controller.fleet.CommandRecord;
import dev.ledfleet.controller.fleet.CommandSource;
import dev.ledfleet.controller.fleet.CommandTicket;
import dev.ledfleet.controller.fleet.DeviceLabel;
import dev.ledfleet.controller.fleet.Fleet;
import dev.ledfleet.controller.runtime.FleetGate;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.SetCommand;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/** {@code /api/devices/...}: the registry, commands with or without waiting, labels, favourites. */
final class DeviceHandlers {

    static final long DEFAULT_WAIT_MS = 5_000;
    static final long MAX_WAIT_MS = 60_000;

    private final FleetGate fleet;
    private final ApiJson json;
    private final BodyReader bodies;

    DeviceHandlers(FleetGate fleet, ApiJson json, BodyReader bodies) {
        this.fleet = fleet;
        this.json = json;
        this.bodies = bodies;
    }

    void list(RoutingContext ctx) {
        fleet.call(Fleet::devices).onSuccess(d -> Replies.json(ctx, 200, json.buffer(json.devices(d)))).onFailure(ctx::fail);
    }

    void get(RoutingContext ctx) {
        DeviceId id = id(ctx);
        fleet.call(f -> f.device(id)).onSuccess(d -> Replies.json(ctx, 200, json.buffer(json.device(d)))).onFailure(ctx::fail);
    }

    void label(RoutingContext ctx) {
        DeviceId id = id(ctx);
        var body = bodies.json(ctx);
        DeviceLabel label = new DeviceLabel(BodyReader.text(body, "name"), BodyReader.text(body, "room"));
        fleet.callAsync(f -> f.label(id, label).thenApply(saved -> f.device(id)))
                .onSuccess(d -> Replies.json(ctx, 200, json.buffer(json.device(d)))).onFailure(ctx::fail);
    }

    void forget(RoutingContext ctx) {
        DeviceId id = id(ctx);
        fleet.callAsync(f -> f.forget(id)).onSuccess(v -> Replies.noContent(ctx)).onFailure(ctx::fail);
    }

    void commands(RoutingContext ctx) {
        DeviceId id = id(ctx);
        fleet.call(f -> f.commands(id)).onSuccess(list -> {
            var array = json.mapper().createArrayNode();
            list.forEach(c -> array.add(json.command(c)));
            Replies.json(ctx, 200, json.buffer(array));
        }).onFailure(ctx::fail);
    }

    void favourites(RoutingContext ctx) {
        DeviceId id = id(ctx);
        var favourites = bodies.favourites(ctx);
        fleet.callAsync(f -> f.putFavourites(id, favourites).thenApply(saved -> f.device(id)))
                .onSuccess(d -> Replies.json(ctx, 200, json.buffer(json.device(d)))).onFailure(ctx::fail);
    }

    void watchFrames(RoutingContext ctx) {
        DeviceId id = id(ctx);
        fleet.call(f -> {
            f.watchFrames(id, 10_000, 10);
            return id;
        }).onSuccess(ok -> Replies.json(ctx, 202, json.buffer(json.object().put("ttlMs", 10_000)))).onFailure(ctx::fail);
    }

    /** {@code PATCH /api/devices/{id}/state}: 202 at once, or with {@code ?wait=true} the device's answer. */
    void setState(RoutingContext ctx) {
        DeviceId id = id(ctx);
        SetCommand patch = bodies.patch(ctx);
        boolean wait = "true".equals(ctx.queryParams().get("wait"));
        long timeout = waitMs(ctx);
        fleet.call(f -> f.send(id, patch, CommandSource.API, timeout)).onSuccess(ticket -> {
            if (wait) {
                awaitOutcome(ctx, ticket);
            } else {
                ObjectNode body = json.object().put("commandId", ticket.sent().id()).put("status", "pending");
                Replies.json(ctx, 202, json.buffer(body));
            }
        }).onFailure(ctx::fail);
    }

    private void awaitOutcome(RoutingContext ctx, CommandTicket ticket) {
        Future.fromCompletionStage(ticket.settled(), ctx.vertx().getOrCreateContext())
                .onSuccess(record -> outcome(ctx, record)).onFailure(ctx::fail);
    }

    private void outcome(RoutingContext ctx, CommandRecord record) {
        switch (record.status()) {
            case APPLIED -> {
                ObjectNode body = json.object().put("commandId", record.id()).put("status", "applied");
                body.set("state", json.tree(record.state()));
                Replies.json(ctx, 200, json.buffer(body));
            }
            case REJECTED -> ctx.fail(new ApiException(422, record.field(), record.reason(), record.id()));
            case TIMED_OUT -> ctx.fail(new ApiException(504, null, record.reason(), record.id()));
            case SUPERSEDED -> ctx.fail(new ApiException(409, null, record.reason(), record.id()));
            case PENDING -> throw new IllegalStateException("a settled command cannot be pending");
        }
    }

    static DeviceId id(RoutingContext ctx) {
        String text = ctx.pathParam("id");
        if (!DeviceId.isValid(text)) {
            throw new ApiException(404, null, "device '" + text + "' does not exist (not a valid device id)", null);
        }
        return DeviceId.of(text);
    }

    static long waitMs(RoutingContext ctx) {
        String text = ctx.queryParams().get("timeoutMs");
        if (text == null) {
            return DEFAULT_WAIT_MS;
        }
        try {
            long value = Long.parseLong(text);
            if (value >= 1 && value <= MAX_WAIT_MS) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("timeoutMs", "must be a whole number of milliseconds from 1 to " + MAX_WAIT_MS + ", got \"" + text + '"');
    }
}
