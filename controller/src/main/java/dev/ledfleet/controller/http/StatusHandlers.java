package dev.ledfleet.controller.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledfleet.controller.fleet.Connectivity;
import dev.ledfleet.controller.fleet.Fleet;
import dev.ledfleet.controller.fleet.FleetHealth;
import dev.ledfleet.controller.metrics.FleetMetrics;
import dev.ledfleet.controller.runtime.FleetGate;
import dev.ledfleet.protocol.effect.EffectCatalog;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/** The effect catalog, liveness, fleet health and Prometheus metrics. */
final class StatusHandlers {

    private final FleetGate fleet;
    private final ApiJson json;
    private final Buffer catalog;
    private final BooleanSupplier mqttConnected;
    private final FleetMetrics metrics;

    StatusHandlers(FleetGate fleet, ApiJson json, EffectCatalog catalog, BooleanSupplier mqttConnected, FleetMetrics metrics) {
        this.fleet = fleet;
        this.json = json;
        this.catalog = json.buffer(json.tree(catalog.all()));
        this.mqttConnected = mqttConnected;
        this.metrics = metrics;
    }

    void effects(RoutingContext ctx) {
        Replies.json(ctx, 200, catalog);
    }

    void health(RoutingContext ctx) {
        fleet.call(Fleet::connectivityCounts).onSuccess(counts -> {
            ObjectNode body = json.object().put("status", "up").put("mqtt", mqttConnected.getAsBoolean() ? "connected" : "disconnected");
            ObjectNode devices = body.putObject("devices");
            for (Connectivity state : Connectivity.values()) {
                devices.put(state.wireText(), counts.get(state));
            }
            Replies.json(ctx, 200, json.buffer(body));
        }).onFailure(ctx::fail);
    }

    void fleetHealth(RoutingContext ctx) {
        fleet.call(Fleet::health).onSuccess(report -> Replies.json(ctx, 200, json.buffer(healthJson(report)))).onFailure(ctx::fail);
    }

    void metrics(RoutingContext ctx) {
        ctx.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(metrics.scrape());
    }

    private ObjectNode healthJson(FleetHealth.Report report) {
        ObjectNode body = json.object().put("windowMs", report.windowMs());
        ObjectNode devices = body.putObject("devices");
        report.devices().forEach((device, counts) -> {
            ObjectNode node = devices.putObject(device);
            counts.forEach((trouble, count) -> node.put(key(trouble), count));
        });
        ObjectNode affected = body.putObject("affectedDevices");
        report.affectedDevices().forEach((trouble, count) -> affected.put(key(trouble), count));
        return body;
    }

    /** {@code REJECTED_COMMANDS} becomes {@code rejectedCommands}. */
    private static String key(FleetHealth.Trouble trouble) {
        String[] words = trouble.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
