package dev.ledfleet.controller.automation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ledfleet.controller.fleet.Device;
import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.controller.rules.Firing;
import dev.ledfleet.controller.rules.Rule;
import dev.ledfleet.controller.runtime.FleetGate;
import dev.ledfleet.protocol.DeviceId;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The REST handlers of button mappings and rules (docs/api.md), registered by the HTTP verticle.
 * Refusals are {@link FleetException}s, which the HTTP verticle's failure handler turns into
 * {@code 404}/{@code 409}/{@code 422} with the reason; a body that is not JSON is a {@code 400}.
 */
public final class AutomationHandlers {

    private final FleetGate gate;
    private final AutomationVerticle verticle;
    private final ObjectMapper mapper;

    AutomationHandlers(FleetGate gate, AutomationVerticle verticle, ObjectMapper mapper) {
        this.gate = gate;
        this.verticle = verticle;
        this.mapper = mapper;
    }

    public void getButtons(RoutingContext ctx) {
        DeviceId id = deviceId(ctx);
        reply(ctx, 200, gate.call(f -> buttons(f.device(id))));
    }

    public void putButtons(RoutingContext ctx) {
        DeviceId id = deviceId(ctx);
        Object body = body(ctx);
        if (body == null) {
            return;
        }
        reply(ctx, 200, gate.callAsync(f -> {
            f.device(id);
            return automation().buttons().put(id.value(), body, automation().names()).thenApply(ignored -> buttons(f.device(id)));
        }));
    }

    public void deleteButtons(RoutingContext ctx) {
        DeviceId id = deviceId(ctx);
        reply(ctx, 200, gate.callAsync(f -> {
            f.device(id);
            return automation().buttons().reset(id.value()).thenApply(ignored -> buttons(f.device(id)));
        }));
    }

    public void listRules(RoutingContext ctx) {
        reply(ctx, 200, gate.call(f -> {
            List<Object> all = new ArrayList<>();
            automation().engine().rules().forEach(rule -> all.add(rule(rule, false)));
            return all;
        }));
    }

    public void getRule(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        reply(ctx, 200, gate.call(f -> rule(automation().engine().rule(id), true)));
    }

    public void createRule(RoutingContext ctx) {
        Object body = body(ctx);
        if (body != null) {
            changed(ctx, 201, gate.callAsync(f -> automation().rules().create(body)));
        }
    }

    public void putRule(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Object body = body(ctx);
        if (body != null) {
            changed(ctx, 200, gate.callAsync(f -> automation().rules().replace(id, body)));
        }
    }

    public void deleteRule(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        gate.callAsync(f -> automation().rules().remove(id)).onSuccess(v -> {
            verticle.syncRuleFilters();
            ctx.response().setStatusCode(204).end();
        }).onFailure(ctx::fail);
    }

    public void enableRule(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        changed(ctx, 200, gate.callAsync(f -> automation().rules().enable(id, true)));
    }

    public void disableRule(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        changed(ctx, 200, gate.callAsync(f -> automation().rules().enable(id, false)));
    }

    private Automation automation() {
        return verticle.automation();
    }

    private void changed(RoutingContext ctx, int status, Future<Rule> saved) {
        reply(ctx, status, saved.compose(rule -> {
            verticle.syncRuleFilters();
            return gate.call(f -> rule(rule, true));
        }));
    }

    private Map<String, Object> rule(Rule rule, boolean withLog) {
        Map<String, Object> out = new LinkedHashMap<>(automation().rules().format().write(rule));
        List<Firing> log = automation().engine().log(rule.id());
        out.put("lastFired", log.isEmpty() ? null : log.get(0).at());
        if (withLog) {
            out.put("log", log);
        }
        return out;
    }

    private Map<String, Object> buttons(Device device) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("device", device.id().value());
        int buttons = device.info() == null ? 1 : Math.max(1, device.info().buttons());
        out.put("buttons", buttons);
        out.putAll(automation().buttons().format().write(automation().buttons().mapping(device.id().value()), buttons));
        out.put("favourites", device.favourites());
        out.put("favouritesPinned", device.favouritesPinned());
        out.put("usage", device.usage());
        return out;
    }

    private static DeviceId deviceId(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        if (!DeviceId.isValid(id)) {
            throw FleetException.notFound("device", id);
        }
        return DeviceId.of(id);
    }

    /** The JSON body as plain maps, or null after answering {@code 400}. */
    private Object body(RoutingContext ctx) {
        byte[] bytes = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
        try {
            Object body = mapper.readValue(bytes, Object.class);
            if (body instanceof Map) {
                return body;
            }
            error(ctx, 400, "expected a JSON object");
        } catch (java.io.IOException e) {
            error(ctx, 400, "malformed JSON: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        return null;
    }

    private void reply(RoutingContext ctx, int status, Future<?> value) {
        value.onSuccess(v -> {
            try {
                ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(
                        io.vertx.core.buffer.Buffer.buffer(mapper.writeValueAsBytes(v)));
            } catch (JsonProcessingException e) {
                ctx.fail(e);
            }
        }).onFailure(ctx::fail);
    }

    private void error(RoutingContext ctx, int status, String message) {
        Map<String, Object> body = Map.of("error", message);
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(
                    io.vertx.core.buffer.Buffer.buffer(mapper.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
