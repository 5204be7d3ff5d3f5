package dev.ledfleet.controller.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledfleet.controller.automation.AutomationHandlers;
import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.controller.metrics.FleetMetrics;
import dev.ledfleet.controller.runtime.FleetGate;
import dev.ledfleet.protocol.message.MessageCodec;
import dev.ledfleet.protocol.effect.EffectCatalog;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.function.BooleanSupplier;

/** The controller's HTTP boundary: the REST API of docs/api.md, the event stream, metrics and the web UI. */
public final class HttpVerticle extends VerticleBase {

    private static final System.Logger LOG = System.getLogger(HttpVerticle.class.getName());
    static final long BODY_LIMIT = 64 * 1024;
    private static final com.fasterxml.jackson.databind.ObjectMapper ERRORS = new com.fasterxml.jackson.databind.ObjectMapper();

    private final String host;
    private final int port;
    private final FleetGate fleet;
    private final MessageCodec codec;
    private final EffectCatalog catalog;
    private final BooleanSupplier mqttConnected;
    private final FleetMetrics metrics;
    private HttpServer server;
    private AutomationHandlers automation;

    public HttpVerticle(String host, int port, FleetGate fleet, MessageCodec codec, EffectCatalog catalog,
                        BooleanSupplier mqttConnected, FleetMetrics metrics) {
        this.host = host;
        this.port = port;
        this.fleet = fleet;
        this.codec = codec;
        this.catalog = catalog;
        this.mqttConnected = mqttConnected;
        this.metrics = metrics;
    }

    /** Adds the button-mapping and rule endpoints (issue 7); call before deploying. */
    public HttpVerticle withAutomation(AutomationHandlers handlers) {
        this.automation = handlers;
        return this;
    }

    @Override
    public Future<?> start() {
        ApiJson json = new ApiJson(codec.mapper());
        BodyReader bodies = new BodyReader(codec);
        DeviceHandlers devices = new DeviceHandlers(fleet, json, bodies);
        SetupHandlers setup = new SetupHandlers(fleet, json, bodies);
        StatusHandlers status = new StatusHandlers(fleet, json, catalog, mqttConnected, metrics);
        EventStream events = new EventStream(context, fleet, json);
        FrameImages frames = new FrameImages(context, fleet);

        Router router = Router.router(vertx);
        router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));
        router.get("/api/devices").handler(devices::list);
        router.get("/api/devices/:id").handler(devices::get);
        router.patch("/api/devices/:id").handler(devices::label);
        router.delete("/api/devices/:id").handler(devices::forget);
        router.patch("/api/devices/:id/state").handler(devices::setState);
        router.get("/api/devices/:id/commands").handler(devices::commands);
        router.put("/api/devices/:id/favourites").handler(devices::favourites);
        router.get("/api/devices/:id/frame.png").handler(frames::png);
        router.post("/api/devices/:id/frames/watch").handler(devices::watchFrames);
        router.get("/api/effects").handler(status::effects);
        router.get("/api/groups").handler(setup::listGroups);
        router.post("/api/groups").handler(setup::putGroup);
        router.get("/api/groups/:name").handler(setup::getGroup);
        router.put("/api/groups/:name").handler(setup::putGroup);
        router.delete("/api/groups/:name").handler(setup::deleteGroup);
        router.patch("/api/groups/:name/state").handler(setup::setGroupState);
        router.get("/api/presets").handler(setup::listPresets);
        router.post("/api/presets").handler(setup::putPreset);
        router.get("/api/presets/:name").handler(setup::getPreset);
        router.put("/api/presets/:name").handler(setup::putPreset);
        router.delete("/api/presets/:name").handler(setup::deletePreset);
        router.post("/api/presets/:name/apply").handler(setup::applyPreset);
        router.get("/api/scenes").handler(setup::listScenes);
        router.post("/api/scenes").handler(setup::putScene);
        router.get("/api/scenes/:name").handler(setup::getScene);
        router.put("/api/scenes/:name").handler(setup::putScene);
        router.delete("/api/scenes/:name").handler(setup::deleteScene);
        router.post("/api/scenes/:name/apply").handler(setup::applyScene);
        if (automation != null) {
            router.get("/api/devices/:id/buttons").handler(automation::getButtons);
            router.put("/api/devices/:id/buttons").handler(automation::putButtons);
            router.delete("/api/devices/:id/buttons").handler(automation::deleteButtons);
            router.get("/api/rules").handler(automation::listRules);
            router.post("/api/rules").handler(automation::createRule);
            router.get("/api/rules/:id").handler(automation::getRule);
            router.put("/api/rules/:id").handler(automation::putRule);
            router.delete("/api/rules/:id").handler(automation::deleteRule);
            router.post("/api/rules/:id/enable").handler(automation::enableRule);
            router.post("/api/rules/:id/disable").handler(automation::disableRule);
        }
        router.get("/api/events").handler(events::open);
        router.get("/api/fleet/health").handler(status::fleetHealth);
        router.get("/api/health").handler(status::health);
        router.get("/metrics").handler(status::metrics);
        router.route("/api/*").handler(HttpVerticle::noSuchEndpoint);
        router.route("/*").handler(StaticHandler.create("webroot").setCachingEnabled(false));
        router.route().failureHandler(HttpVerticle::failure);

        // No h2c upgrade: browsers never ask for it, and Java's HttpClient (which asks by default)
        // now and then never got an answer to an upgraded request.
        HttpServerOptions options = new HttpServerOptions().setHttp2ClearTextEnabled(false);
        return vertx.createHttpServer(options).requestHandler(router).listen(port, host).onSuccess(s -> server = s);
    }

    /** The port actually bound, useful when started on port 0. */
    public int actualPort() {
        return server.actualPort();
    }

    private static void noSuchEndpoint(RoutingContext ctx) {
        ctx.fail(new ApiException(404, null, "no endpoint " + ctx.request().method() + " " + ctx.request().path(), null));
    }

    /** Every error of the API ends here and leaves as {@code {"error","field"}} with the right status. */
    private static void failure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        int status;
        String field = null;
        String commandId = null;
        String message;
        if (failure instanceof ApiException api) {
            status = api.status();
            field = api.field();
            commandId = api.commandId();
            message = api.getMessage();
        } else if (failure instanceof FleetException fleetFailure) {
            status = switch (fleetFailure.kind()) {
                case NOT_FOUND -> 404;
                case INVALID -> 422;
            };
            field = fleetFailure.field();
            message = fleetFailure.getMessage();
        } else if (failure == null) {
            status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            message = status == 413 ? "request body is larger than " + BODY_LIMIT / 1024 + " KiB" : "request failed with status " + status;
        } else {
            status = 500;
            message = "internal error: " + failure.getMessage();
            LOG.log(System.Logger.Level.ERROR, "request " + ctx.request().method() + " " + ctx.request().path() + " failed", failure);
        }
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        ObjectNode body = ERRORS.createObjectNode();
        body.put("error", message);
        if (field != null && !field.isEmpty()) {
            body.put("field", field);
        }
        if (commandId != null) {
            body.put("commandId", commandId);
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.toString());
    }
}
