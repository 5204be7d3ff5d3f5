package dev.ledfleet.controller.fleet;

import dev.ledfleet.controller.fleet.FleetHealth.Trouble;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.ButtonEvent;
import dev.ledfleet.protocol.message.CommandError;
import dev.ledfleet.protocol.message.DeviceInfo;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.DeviceStatus;
import dev.ledfleet.protocol.message.FrameCodec;
import dev.ledfleet.protocol.message.SetCommand;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The registry of devices and the truth about each: what it reports, what was asked of it, and the
 * commands on their way. Devices appear by themselves from what they publish. Plain Java, confined
 * to one thread (the fleet verticle's): every method must be called there.
 */
public final class Fleet {

    /** How long to wait for a returning device's state before comparing it with the desired one. */
    static final long RESYNC_DELAY_MS = 1_000;
    static final long RESYNC_TIMEOUT_MS = 5_000;

    private final Clock clock;
    private final Scheduler scheduler;
    private final DeviceLink link;
    private final Setup setup;
    private final FleetHealth health;
    private final CommandBook commands;
    private final Map<DeviceId, DeviceRecord> devices = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    private final FavouriteBook favourites;
    private final List<Consumer<FleetEvent>> listeners = new CopyOnWriteArrayList<>();
    private final FanOut fanOut = new FanOut(this);

    public Fleet(Clock clock, Scheduler scheduler, DeviceLink link, SetupSnapshot initial, SetupSink sink) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.link = link;
        this.setup = new Setup(initial, sink);
        this.health = new FleetHealth(Duration.ofHours(1));
        this.favourites = new FavouriteBook(setup, link);
        this.commands = new CommandBook(clock, scheduler, this::commandChanged);
    }

    public void addListener(Consumer<FleetEvent> listener) {
        listeners.add(listener);
    }

    /** Group, preset and scene commands. */
    public FanOut fanOut() {
        return fanOut;
    }

    public Setup setup() {
        return setup;
    }

    public Clock clock() {
        return clock;
    }

    // ---- what devices report

    public void onStatus(DeviceId id, DeviceStatus status) {
        DeviceRecord device = record(id);
        Connectivity before = device.connectivity;
        device.connectivity = status == DeviceStatus.ONLINE ? Connectivity.ONLINE : Connectivity.OFFLINE;
        device.lastSeen = clock.millis();
        if (device.connectivity == Connectivity.ONLINE) {
            if (before == Connectivity.OFFLINE) {
                health.record(id, Trouble.RECONNECTS, 1, clock.millis());
            }
            // Every "online" is a (re)connection: after a broker crash no will says "offline", and
            // commands published while the device (or we) were cut off never reached it.
            device.resyncDue = true;
            device.onlineSince = clock.millis();
            scheduler.schedule(RESYNC_DELAY_MS, () -> resyncIfDue(device));
        }
        changed(device);
    }

    public void onInfo(DeviceId id, DeviceInfo info) {
        DeviceRecord device = record(id);
        if (device.info != null && device.info.startedAt() != info.startedAt()) {
            health.record(id, Trouble.RESTARTS, 1, clock.millis());
        }
        device.info = info;
        device.lastSeen = clock.millis();
        if (!device.favouritesSent) {
            device.favouritesSent = true;
            favourites.publish(id);
        }
        changed(device);
    }

    public void onState(DeviceId id, DeviceState state) {
        DeviceRecord device = record(id);
        if (state.stats() != null) {
            long dropped = state.stats().droppedFrames();
            // A counter that went down means the agent restarted and counts from zero again.
            long added = dropped >= device.droppedFrames ? dropped - device.droppedFrames : dropped;
            health.record(id, Trouble.DROPPED_FRAMES, added, clock.millis());
            device.droppedFrames = dropped;
        }
        device.reported = state;
        device.lastSeen = clock.millis();
        commands.applied(id, state);
        resyncIfDue(device);
        adoptIfSettled(device);
        changed(device);
    }

    public void onError(DeviceId id, CommandError error) {
        DeviceRecord device = record(id);
        device.lastSeen = clock.millis();
        health.record(id, Trouble.REJECTED_COMMANDS, 1, clock.millis());
        commands.rejected(id, error.commandId(), error.field(), error.message());
        changed(device);
    }

    public void onButton(DeviceId id, ButtonEvent event) {
        DeviceRecord device = record(id);
        device.lastSeen = clock.millis();
        emit(new FleetEvent.ButtonPressed(id, event));
    }

    public void onFrame(DeviceId id, FrameCodec.Frame frame) {
        DeviceRecord device = devices.get(id);
        if (device == null) {
            return;
        }
        device.lastFrame = frame;
        device.lastFrameAt = clock.millis();
        emit(new FleetEvent.FrameArrived(id, frame));
    }

    // ---- what people ask

    public List<Device> devices() {
        return devices.values().stream().map(this::view).toList();
    }

    public Device device(DeviceId id) {
        return view(known(id));
    }

    public List<CommandRecord> commands(DeviceId id) {
        known(id);
        return commands.history(id);
    }

    public Map<Connectivity, Integer> connectivityCounts() {
        Map<Connectivity, Integer> counts = new EnumMap<>(Connectivity.class);
        for (Connectivity c : Connectivity.values()) {
            counts.put(c, 0);
        }
        devices.values().forEach(d -> counts.merge(d.connectivity, 1, Integer::sum));
        return counts;
    }

    public FleetHealth.Report health() {
        return health.report(List.copyOf(devices.keySet()), clock.millis());
    }

    /**
     * Sends a validated patch to a known device and records it as its desired state. The device may
     * be offline: it gets the desired state again when it returns.
     */
    public CommandTicket send(DeviceId id, SetCommand patch, CommandSource source, long timeoutMs) {
        DeviceRecord device = known(id);
        if (patch.effect() != null && device.info != null && !device.info.effects().contains(patch.effect())) {
            throw FleetException.invalid("effect", "device '" + id + "' does not support effect '" + patch.effect() + "'");
        }
        device.desired = DesiredState.apply(device.desired != null ? device.desired : device.reported, patch);
        CommandTicket ticket = commands.open(id, patch, source, timeoutMs);
        link.sendSet(id, ticket.sent().patch());
        changed(device);
        return ticket;
    }

    public CompletableFuture<Void> label(DeviceId id, DeviceLabel label) {
        DeviceRecord device = known(id);
        CompletableFuture<Void> saved = setup.putLabel(id, label);
        changed(device);
        return saved;
    }

    public CompletableFuture<Void> putFavourites(DeviceId id, Favourites chosen) {
        DeviceRecord device = known(id);
        CompletableFuture<Void> saved = favourites.put(id, chosen);
        changed(device);
        return saved;
    }

    /** Forgets a device and clears its retained topics; it reappears if it publishes again. */
    public CompletableFuture<Void> forget(DeviceId id) {
        known(id);
        devices.remove(id);
        commands.forget(id);
        health.forget(id);
        favourites.forget(id);
        link.clearRetained(id);
        emit(new FleetEvent.DeviceRemoved(id));
        return setup.forget(id);
    }

    /** Asks the device to stream frames for a while; they arrive through {@link #onFrame}. */
    public void watchFrames(DeviceId id, int ttlMs, int maxFps) {
        known(id);
        link.requestFrames(id, new dev.ledfleet.protocol.message.FrameRequest(ttlMs, maxFps));
    }

    /** The device's latest frame if it is younger than {@code maxAgeMs}, else null. */
    public FrameCodec.Frame recentFrame(DeviceId id, long maxAgeMs) {
        DeviceRecord device = known(id);
        return device.lastFrame != null && clock.millis() - device.lastFrameAt <= maxAgeMs ? device.lastFrame : null;
    }

    public boolean isKnown(DeviceId id) {
        return devices.containsKey(id);
    }

    // ---- inside

    private void resyncIfDue(DeviceRecord device) {
        if (!device.resyncDue || device.connectivity != Connectivity.ONLINE) {
            return;
        }
        device.resyncDue = false;
        // A command sent before the device came back never reached it; only a newer one is on its way.
        CommandRecord pending = commands.newestPending(device.id);
        boolean commandOnItsWay = pending != null && pending.sentAt() >= device.onlineSince;
        if (DesiredState.differs(device.desired, device.reported) && !commandOnItsWay) {
            send(device.id, DesiredState.asPatch(device.desired), CommandSource.RESYNC, RESYNC_TIMEOUT_MS);
        }
    }

    /**
     * While a device is online and nothing of ours is on its way, what it shows is what it should
     * show: a change made with its button or by another MQTT client becomes the desired state, so
     * a later re-send never undoes it.
     */
    private void adoptIfSettled(DeviceRecord device) {
        if (device.connectivity == Connectivity.ONLINE && !device.resyncDue && device.reported != null
                && commands.newestPending(device.id) == null) {
            device.desired = DesiredState.adopt(device.reported);
        }
    }

    private void commandChanged(CommandRecord command) {
        emit(new FleetEvent.CommandChanged(command));
        favourites.learn(command);
        DeviceRecord device = devices.get(command.device());
        if (device != null && command.status().settled()) {
            changed(device);
        }
    }

    private DeviceRecord record(DeviceId id) {
        return devices.computeIfAbsent(id, DeviceRecord::new);
    }

    private DeviceRecord known(DeviceId id) {
        DeviceRecord device = devices.get(id);
        if (device == null) {
            throw FleetException.notFound("device", id.value());
        }
        return device;
    }

    private Device view(DeviceRecord d) {
        DeviceLabel label = setup.label(d.id);
        Favourites chosen = setup.favourites(d.id);
        String name = label.name() != null ? label.name() : d.info != null ? d.info.name() : d.id.value();
        return new Device(d.id, name, label.room(), setup.groupsOf(d.id), d.connectivity, d.lastSeen, d.info,
                d.reported, d.desired, commands.newestPending(d.id), commands.lastFailure(d.id), favourites.ranked(d.id),
                chosen.pinned(), setup.usage(d.id));
    }

    private void changed(DeviceRecord device) {
        if (!listeners.isEmpty()) {
            emit(new FleetEvent.DeviceChanged(view(device)));
        }
    }

    private void emit(FleetEvent event) {
        for (Consumer<FleetEvent> listener : listeners) {
            listener.accept(event);
        }
    }
}
