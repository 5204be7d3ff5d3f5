package dev.ledfleet.controller.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledfleet.controller.fleet.Fleet;
import dev.ledfleet.controller.fleet.FleetEvent;
import dev.ledfleet.controller.runtime.FleetGate;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code GET /api/events}: Server-Sent Events for device changes, command results and frames. Each
 * new client first gets every device as it is now. A client too slow to keep up misses frames, never
 * device or command events. Lives on the HTTP verticle's context.
 */
final class EventStream {

    static final long PING_MS = 15_000;

    private final Context context;
    private final FleetGate fleet;
    private final ApiJson json;
    private final Set<HttpServerResponse> clients = new LinkedHashSet<>();

    EventStream(Context context, FleetGate fleet, ApiJson json) {
        this.context = context;
        this.fleet = fleet;
        this.json = json;
        fleet.listen(event -> context.runOnContext(ignored -> broadcast(event)));
        context.owner().setPeriodic(PING_MS, id -> clients.forEach(c -> c.write(": ping\n\n")));
    }

    void open(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        response.write(": connected\n\n");
        clients.add(response);
        response.closeHandler(ignored -> clients.remove(response));
        ctx.request().connection().closeHandler(ignored -> clients.remove(response));
        fleet.call(Fleet::devices).onSuccess(devices -> context.runOnContext(ignored ->
                devices.forEach(d -> send(response, "device", json.device(d)))));
    }

    int clientCount() {
        return clients.size();
    }

    private void broadcast(FleetEvent event) {
        if (clients.isEmpty()) {
            return;
        }
        if (event instanceof FleetEvent.DeviceChanged changed) {
            sendAll("device", json.device(changed.device()), false);
        } else if (event instanceof FleetEvent.CommandChanged command) {
            sendAll("command", json.command(command.command()), false);
        } else if (event instanceof FleetEvent.FrameArrived frame) {
            sendAll("frame", json.frame(frame.device().value(), frame.frame()), true);
        } else if (event instanceof FleetEvent.DeviceRemoved removed) {
            sendAll("removed", json.object().put("device", removed.device().value()), false);
        }
    }

    private void sendAll(String type, JsonNode data, boolean droppable) {
        Buffer message = message(type, data);
        for (HttpServerResponse client : clients) {
            if (!(droppable && client.writeQueueFull())) {
                client.write(message);
            }
        }
    }

    private void send(HttpServerResponse client, String type, JsonNode data) {
        if (clients.contains(client)) {
            client.write(message(type, data));
        }
    }

    private Buffer message(String type, JsonNode data) {
        Buffer buffer = Buffer.buffer("event: " + type + "\ndata: ", StandardCharsets.UTF_8.name());
        buffer.appendBuffer(json.buffer(data));
        buffer.appendString("\n\n");
        return buffer;
    }
}
