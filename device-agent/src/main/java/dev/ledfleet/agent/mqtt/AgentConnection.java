package dev.ledfleet.agent.mqtt;

import dev.ledfleet.agent.clock.ControllerClock;
import dev.ledfleet.agent.engine.LightEngine;
import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.mqtt.MqttSettings;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.Topics;
import dev.ledfleet.protocol.message.ButtonEvent;
import dev.ledfleet.protocol.message.CommandError;
import dev.ledfleet.protocol.message.DeviceInfo;
import dev.ledfleet.protocol.message.DeviceReport;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.DeviceStatus;
import dev.ledfleet.protocol.message.FavouriteList;
import dev.ledfleet.protocol.message.FrameRequest;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.MessageCodec;
import dev.ledfleet.protocol.message.SetCommand;
import dev.ledfleet.protocol.message.SimulatedButton;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The device's MQTT session: announces the device on every connect (retained {@code online},
 * {@code info}, {@code state}), takes commands from {@code set}, {@code frame/request},
 * {@code favourites}, {@code sim/button} and the controller clock, and publishes state, errors,
 * button events and watched frames.
 *
 * <p>Paho's callback thread only decodes and hands over: commands go to the engine's lock-free
 * {@link LightEngine#submit}; state publishing and frame streaming run on this session's own thread.
 * State updates that pile up are published once, the latest, so a command flood cannot fill
 * the in-flight window.
 */
public final class AgentConnection implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AgentConnection.class.getName());
    private static final int QOS_RELIABLE = 1;

    private final DeviceId id;
    private final Topics topics;
    private final MqttLink link;
    private final MessageCodec codec;
    private final LightEngine engine;
    private final ControllerClock clock;
    private final DeviceInfo info;
    private final ScheduledExecutorService outbox;
    private final AtomicReference<DeviceState> unpublishedState = new AtomicReference<>();
    private final FrameStream frames;
    private Consumer<FavouriteList> favouritesListener = favourites -> { };
    private Consumer<SimulatedButton> simulatedButtonListener;

    public AgentConnection(MqttLink link, Topics topics, MessageCodec codec, LightEngine engine, ControllerClock clock,
            DeviceInfo info) {
        this.id = DeviceId.of(info.id());
        this.topics = topics;
        this.link = link;
        this.codec = codec;
        this.engine = engine;
        this.clock = clock;
        this.info = info;
        this.outbox = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "agent-outbox-" + id.value());
            thread.setDaemon(true);
            return thread;
        });
        this.frames = new FrameStream(engine, outbox, bytes -> link.publish(topics.frame(id), bytes, 0, false));
    }

    /** The link settings with this device's last will: retained {@code offline} on its status topic. */
    public static MqttSettings withWill(MqttSettings settings, Topics topics, DeviceId id) {
        return settings.withWill(new MqttSettings.Will(topics.status(id),
                DeviceStatus.OFFLINE.wireText().getBytes(StandardCharsets.US_ASCII), QOS_RELIABLE, true));
    }

    /** Called with each favourites list the controller publishes. */
    public void onFavourites(Consumer<FavouriteList> listener) {
        this.favouritesListener = listener;
    }

    /** Enables the simulation topic; only for devices with a virtual output. */
    public void onSimulatedButton(Consumer<SimulatedButton> listener) {
        this.simulatedButtonListener = listener;
    }

    /** Subscribes, starts connecting and keeps the session up until {@link #close()}. */
    public AgentConnection start() {
        engine.onApplied(this::stateApplied);
        link.onConnectionChange(connected -> {
            if (connected) {
                announce();
            }
        });
        link.subscribe(topics.set(id), QOS_RELIABLE, (topic, payload, retained) -> setReceived(payload));
        link.subscribe(topics.frameRequest(id), 0, (topic, payload, retained) -> frameRequestReceived(payload));
        link.subscribe(topics.favourites(id), QOS_RELIABLE, (topic, payload, retained) -> favouritesReceived(payload));
        link.subscribe(topics.clock(), 0, (topic, payload, retained) -> clockReceived(payload, retained));
        if (simulatedButtonListener != null) {
            link.subscribe(topics.simulatedButton(id), QOS_RELIABLE, (topic, payload, retained) -> simulatedPress(payload));
        }
        link.start();
        return this;
    }

    public boolean isConnected() {
        return link.isConnected();
    }

    /** Publishes a button gesture; dropped when the link is down (nobody would hear it anyway). */
    public void publishButton(ButtonEvent event) {
        publish(topics.buttonEvent(id), event, false);
    }

    private void announce() {
        publish(topics.status(id), DeviceStatus.ONLINE, true);
        publish(topics.info(id), info, true);
        publish(topics.state(id), engine.state().withStats(engine.stats()), true);
    }

    private void setReceived(byte[] payload) {
        SetCommand command;
        try {
            command = codec.decodeSet(payload);
        } catch (InvalidMessageException e) {
            reject(CommandIds.readable(codec, payload), e);
            return;
        }
        try {
            engine.submit(command);
        } catch (InvalidMessageException e) {
            reject(command.id(), e);
        }
    }

    private void reject(String commandId, InvalidMessageException problem) {
        LOG.log(System.Logger.Level.INFO, "{0}: refused command {1}: {2}", id.value(), commandId, problem.getMessage());
        publish(topics.error(id), new CommandError(commandId, problem.field(), problem.problem()), false);
    }

    private void stateApplied(DeviceState state) {
        // Frame thread: only hand over. The outbox publishes whatever is newest when it gets there.
        if (unpublishedState.getAndSet(state) == null) {
            onOutbox(this::publishState);
        }
    }

    private void publishState() {
        DeviceState state = unpublishedState.getAndSet(null);
        if (state != null) {
            publish(topics.state(id), state.withStats(engine.stats()), true);
        }
    }

    private void frameRequestReceived(byte[] payload) {
        try {
            FrameRequest request = codec.decodeFrameRequest(payload);
            onOutbox(() -> frames.request(request));
        } catch (InvalidMessageException e) {
            reject(CommandIds.readable(codec, payload), e);
        }
    }

    private void favouritesReceived(byte[] payload) {
        try {
            favouritesListener.accept(codec.decodeFavourites(payload));
        } catch (InvalidMessageException e) {
            LOG.log(System.Logger.Level.WARNING, "{0}: ignoring favourites: {1}", id.value(), e.getMessage());
        }
    }

    private void clockReceived(byte[] payload, boolean retained) {
        if (retained) {
            return; // a retained tick is old news: its receive time says nothing about the offset
        }
        try {
            clock.tick(codec.decodeClockTick(payload).now());
        } catch (InvalidMessageException e) {
            LOG.log(System.Logger.Level.DEBUG, "ignoring clock tick: {0}", e.getMessage());
        }
    }

    private void simulatedPress(byte[] payload) {
        try {
            simulatedButtonListener.accept(codec.decodeSimulatedButton(payload));
        } catch (InvalidMessageException e) {
            LOG.log(System.Logger.Level.WARNING, "{0}: ignoring simulated press: {1}", id.value(), e.getMessage());
        }
    }

    private void publish(String topic, DeviceReport report, boolean retained) {
        if (!link.isConnected()) {
            return; // announce() sends the current state again on reconnect
        }
        link.publish(topic, codec.encode(report), QOS_RELIABLE, retained).exceptionally(failure -> {
            LOG.log(System.Logger.Level.DEBUG, "publish to {0} failed: {1}", topic, failure.getMessage());
            return null;
        });
    }

    private void onOutbox(Runnable task) {
        try {
            outbox.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "session closed; dropped an outgoing message");
        }
    }

    /** Says {@code offline} (a clean disconnect sends no will), then closes the link. */
    @Override
    public void close() {
        outbox.shutdownNow();
        if (link.isConnected()) {
            try {
                link.publish(topics.status(id), codec.encode(DeviceStatus.OFFLINE), QOS_RELIABLE, true)
                        .get(1, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.log(System.Logger.Level.DEBUG, "could not say offline: {0}", e.getMessage());
            }
        }
        link.close();
    }
}
