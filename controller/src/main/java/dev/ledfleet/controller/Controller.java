package dev.ledfleet.controller;

import dev.ledfleet.controller.automation.AutomationVerticle;
import dev.ledfleet.controller.fleet.SetupSnapshot;
import dev.ledfleet.controller.http.HttpVerticle;
import dev.ledfleet.controller.metrics.FleetMetrics;
import dev.ledfleet.controller.mqtt.MqttDeviceLink;
import dev.ledfleet.controller.mqtt.MqttVerticle;
import dev.ledfleet.controller.runtime.FleetGate;
import dev.ledfleet.controller.runtime.FleetVerticle;
import dev.ledfleet.controller.store.DamagedStoreException;
import dev.ledfleet.controller.store.SetupFile;
import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.mqtt.MqttSettings;
import dev.ledfleet.protocol.Topics;
import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.message.MessageCodec;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A running controller: Vert.x with the fleet, MQTT and HTTP verticles. {@link #start} loads the
 * configuration before anything else, so a damaged file stops start-up with its path and problem.
 */
public final class Controller implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Controller.class.getName());

    private final Vertx vertx;
    private final MqttLink link;
    private final int httpPort;
    private final FleetGate fleet;

    private Controller(Vertx vertx, MqttLink link, int httpPort, FleetGate fleet) {
        this.vertx = vertx;
        this.link = link;
        this.httpPort = httpPort;
        this.fleet = fleet;
    }

    /** Starts everything and waits until the HTTP port is bound. */
    public static Controller start(ControllerOptions options, Path dataDir) throws IOException, DamagedStoreException {
        EffectCatalog catalog = EffectCatalog.standard();
        MessageCodec codec = new MessageCodec(catalog);
        Topics topics = new Topics(options.baseTopic());
        SetupFile file = new SetupFile(dataDir, codec);
        SetupSnapshot initial = file.load();
        MqttLink link = new MqttLink(mqttSettings(options));
        Vertx vertx = Vertx.vertx();
        try {
            FleetVerticle fleetVerticle = new FleetVerticle(initial, file, new MqttDeviceLink(link, topics, codec));
            await(vertx.deployVerticle(fleetVerticle));
            FleetGate gate = fleetVerticle.gate();
            FleetMetrics metrics = new FleetMetrics();
            gate.listen(metrics::onEvent);
            AutomationVerticle automation = new AutomationVerticle(link, topics, codec, catalog, gate,
                    options.haDiscoveryPrefix(), ZoneId.systemDefault());
            await(vertx.deployVerticle(automation));
            HttpVerticle http = new HttpVerticle(options.httpHost(), options.httpPort(), gate, codec, catalog,
                    link::isConnected, metrics).withAutomation(automation.handlers());
            await(vertx.deployVerticle(http));
            await(vertx.deployVerticle(new MqttVerticle(link, topics, codec, gate)));
            LOG.log(System.Logger.Level.INFO, "controller listening on {0}:{1}, configuration in {2}",
                    options.httpHost(), Integer.toString(http.actualPort()), file.path());
            return new Controller(vertx, link, http.actualPort(), gate);
        } catch (IOException | RuntimeException e) {
            link.close();
            vertx.close();
            throw e;
        }
    }

    public int httpPort() {
        return httpPort;
    }

    public FleetGate fleet() {
        return fleet;
    }

    public MqttLink mqtt() {
        return link;
    }

    @Override
    public void close() {
        link.close();
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "Vert.x did not stop cleanly: {0}", e.getMessage());
        }
    }

    private static MqttSettings mqttSettings(ControllerOptions options) throws IOException {
        // One controller per broker: it can retry quickly without a herd of clients doing the same.
        MqttSettings settings = MqttSettings.of(options.mqttUrl(), "ledfleet-controller-" + UUID.randomUUID().toString().substring(0, 8))
                .withBackoff(Duration.ofMillis(250), Duration.ofSeconds(5));
        if (options.mqttUser() != null) {
            char[] password = null;
            if (options.mqttPasswordFile() != null) {
                String text = Files.readString(options.mqttPasswordFile(), StandardCharsets.UTF_8);
                password = text.lines().findFirst().orElse("").toCharArray();
            }
            settings = settings.withCredentials(options.mqttUser(), password);
        }
        if (options.caFile() != null) {
            settings = settings.withCaFile(options.caFile());
        }
        return settings;
    }

    private static <T> T await(io.vertx.core.Future<T> future) throws IOException {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("cannot start: " + e.getCause().getMessage(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("start-up timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during start-up", e);
        }
    }
}
