package dev.ledfleet.agent;

import dev.ledfleet.agent.button.ButtonDriver;
import dev.ledfleet.agent.button.GpioButton;
import dev.ledfleet.agent.button.SimulatedPresses;
import dev.ledfleet.agent.clock.ControllerClock;
import dev.ledfleet.agent.effect.EffectRegistry;
import dev.ledfleet.agent.engine.AnimationEngine;
import dev.ledfleet.agent.engine.EngineSettings;
import dev.ledfleet.agent.engine.LightEngine;
import dev.ledfleet.agent.mqtt.AgentConnection;
import dev.ledfleet.agent.output.LedOutput;
import dev.ledfleet.agent.output.OutputSpec;
import dev.ledfleet.agent.state.StateKeeper;
import dev.ledfleet.agent.state.StateStore;
import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.mqtt.MqttSettings;
import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.message.DeviceInfo;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.FavouriteList;
import dev.ledfleet.protocol.message.MessageCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts one device agent: restores the last state from disk and shows it on the LEDs before any
 * network is up, then reads the button and keeps an MQTT session with the broker. Usable in-process
 * (the controller's demo runs simulated devices this way, load tests run many) and by the {@code run}
 * sub-command.
 */
public final class Agent {

    private static final System.Logger LOG = System.getLogger(Agent.class.getName());

    /** What a device shows on its very first start. */
    static final DeviceState FIRST_START = new DeviceState(true, 96, "solid", Map.of(), 0, null, null, null, null);

    private Agent() {
    }

    public static AgentHandle start(AgentConfig config) throws IOException {
        long started = System.currentTimeMillis();
        MqttSettings settings = mqttSettings(config);
        MessageCodec codec = MessageCodec.standard();
        StateStore store = new StateStore(config.deviceStateDir(), codec);
        Optional<DeviceState> restored = store.loadState();
        AtomicReference<FavouriteList> favourites = new AtomicReference<>(store.loadFavourites());

        LedOutput output = config.output().open(config.layout().pixelCount());
        ControllerClock clock = ControllerClock.system();
        AnimationEngine engine = new AnimationEngine(config.layout(), output,
                EngineSettings.defaults().withFps(config.fps()).withPowerBudgetMa(config.powerBudgetMa()), clock::now);
        startShowing(engine, restored, config);
        StateKeeper keeper = new StateKeeper(store, restored.orElse(null));
        engine.onApplied(keeper::stateChanged);

        MqttLink link = new MqttLink(settings);
        AgentConnection connection = new AgentConnection(link, config.topics(), codec, engine, clock,
                info(config, started));
        connection.onFavourites(list -> {
            // The retained list comes again on every reconnect; only a change is worth a flash write.
            if (!list.equals(favourites.getAndSet(list))) {
                keeper.favouritesChanged(list);
            }
        });
        ButtonEvents events = new ButtonEvents(connection::publishButton,
                () -> connection.isConnected() && clock.heardFromController(ButtonEvents.CONTROLLER_SILENCE_MS),
                engine, favourites::get);
        ButtonDriver button = null;
        GpioButton gpio = null;
        boolean virtual = config.output() instanceof OutputSpec.Virtual;
        if (virtual || config.buttonPin() != null) {
            button = new ButtonDriver(config.id().value(), config.buttonTimings(), events::gesture);
        }
        try {
            if (config.buttonPin() != null) {
                gpio = GpioButton.open(config.buttonPin(), button);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "button on " + config.buttonPin() + " unavailable: " + e.getMessage());
        }
        if (virtual) {
            ButtonDriver simulated = button;
            connection.onSimulatedButton(press -> SimulatedPresses.play(press.action(), simulated));
        }
        connection.start();
        return new AgentHandle(config, engine, output, connection, keeper, button, gpio);
    }

    private static void startShowing(LightEngine engine, Optional<DeviceState> restored, AgentConfig config) {
        if (restored.isPresent()) {
            try {
                engine.start(restored.get());
                LOG.log(System.Logger.Level.INFO, "{0}: showing restored state {1}", config.id().value(),
                        restored.get().effect());
                return;
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "{0}: saved state cannot be shown ({1}); starting fresh",
                        config.id().value(), e.getMessage());
            }
        }
        engine.start(FIRST_START);
    }

    static MqttSettings mqttSettings(AgentConfig config) throws IOException {
        MqttSettings settings = MqttSettings.of(config.mqttUrl(), "ledfleet-agent-" + config.id().value())
                .withBackoff(Duration.ofMillis(250), Duration.ofSeconds(10));
        if (config.mqttUser() != null) {
            char[] password = null;
            if (config.mqttPasswordFile() != null) {
                password = Files.readString(config.mqttPasswordFile()).strip().toCharArray();
            }
            settings = settings.withCredentials(config.mqttUser(), password);
        }
        if (config.caFile() != null) {
            settings = settings.withCaFile(config.caFile());
        }
        return AgentConnection.withWill(settings, config.topics(), config.id());
    }

    static DeviceInfo info(AgentConfig config, long startedAt) {
        String version = Optional.ofNullable(Agent.class.getPackage().getImplementationVersion()).orElse("dev");
        boolean hasButton = config.buttonPin() != null || config.output() instanceof OutputSpec.Virtual;
        return new DeviceInfo(config.id().value(), config.name(), config.kind(), config.layout().info(),
                config.output().driver(), (int) Math.round(config.fps()), version,
                EffectRegistry.standard().supported(EffectCatalog.standard()), hasButton ? 1 : 0, startedAt);
    }
}
