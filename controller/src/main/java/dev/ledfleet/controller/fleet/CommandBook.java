package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.SetCommand;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The life of every command: pending until the device's state echoes its id (applied), the device
 * publishes an error for it (rejected), a later command is applied first (superseded) or its time
 * runs out (timed out). Not thread-safe: used on the fleet's thread only.
 */
final class CommandBook {

    static final int HISTORY = 50;

    private final Clock clock;
    private final Scheduler scheduler;
    private final Consumer<CommandRecord> changes;
    private final String idPrefix;
    private final Map<String, Tracked> pending = new HashMap<>();
    private final Map<DeviceId, List<CommandRecord>> history = new HashMap<>();
    private long sequence;

    private static final class Tracked {
        CommandRecord record;
        final long sequence;
        final CompletableFuture<CommandRecord> settled = new CompletableFuture<>();
        Scheduler.Cancellable timer;

        Tracked(CommandRecord record, long sequence) {
            this.record = record;
            this.sequence = sequence;
        }
    }

    CommandBook(Clock clock, Scheduler scheduler, Consumer<CommandRecord> changes) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.changes = changes;
        // Ids stay unique across controller restarts, so an old echo never settles a new command.
        this.idPrefix = Long.toString(clock.millis(), 36);
    }

    /** Records a new pending command, giving it an id when it has none, and starts its timer. */
    CommandTicket open(DeviceId device, SetCommand patch, CommandSource source, long timeoutMs) {
        long number = ++sequence;
        String id = patch.id() != null ? patch.id() : "c-" + idPrefix + "-" + number;
        CommandRecord record = new CommandRecord(id, device, CommandStatus.PENDING, clock.millis(), null, null, null,
                patch.withId(id), source, null);
        Tracked tracked = new Tracked(record, number);
        pending.put(id, tracked);
        remember(record);
        tracked.timer = scheduler.schedule(timeoutMs, () -> settle(tracked, CommandStatus.TIMED_OUT, null,
                "device did not confirm within " + timeoutMs + " ms", null));
        changes.accept(record);
        return new CommandTicket(record, tracked.settled);
    }

    /** The device now shows {@code state}; settles the command it names and every older one to that device. */
    Optional<CommandRecord> applied(DeviceId device, DeviceState state) {
        Tracked confirmed = state.commandId() == null ? null : pending.get(state.commandId());
        if (confirmed == null || !confirmed.record.device().equals(device)) {
            return Optional.empty();
        }
        for (Tracked older : pendingFor(device)) {
            if (older.sequence < confirmed.sequence) {
                settle(older, CommandStatus.SUPERSEDED, null, "replaced by " + confirmed.record.id() + " before it was applied", null);
            }
        }
        settle(confirmed, CommandStatus.APPLIED, null, null, state);
        return Optional.of(confirmed.record);
    }

    /** The device refused the command; unknown ids (for commands others sent) are ignored. */
    Optional<CommandRecord> rejected(DeviceId device, String commandId, String field, String reason) {
        Tracked tracked = commandId == null ? null : pending.get(commandId);
        if (tracked == null || !tracked.record.device().equals(device)) {
            return Optional.empty();
        }
        settle(tracked, CommandStatus.REJECTED, field, reason, null);
        return Optional.of(tracked.record);
    }

    /** The newest command still waiting for the device, or null. */
    CommandRecord newestPending(DeviceId device) {
        return pendingFor(device).stream().max((a, b) -> Long.compare(a.sequence, b.sequence))
                .map(t -> t.record).orElse(null);
    }

    CommandRecord lastFailure(DeviceId device) {
        List<CommandRecord> records = history.get(device);
        if (records == null) {
            return null;
        }
        for (CommandRecord record : records) {
            if (record.status() == CommandStatus.REJECTED || record.status() == CommandStatus.TIMED_OUT) {
                return record;
            }
        }
        return null;
    }

    /** The last commands to the device, newest first. */
    List<CommandRecord> history(DeviceId device) {
        return List.copyOf(history.getOrDefault(device, List.of()));
    }

    void forget(DeviceId device) {
        history.remove(device);
    }

    private List<Tracked> pendingFor(DeviceId device) {
        List<Tracked> result = new ArrayList<>();
        for (Tracked tracked : pending.values()) {
            if (tracked.record.device().equals(device)) {
                result.add(tracked);
            }
        }
        return result;
    }

    private void settle(Tracked tracked, CommandStatus status, String field, String reason, DeviceState state) {
        if (tracked.record.status().settled()) {
            return;
        }
        tracked.timer.cancel();
        pending.remove(tracked.record.id());
        tracked.record = tracked.record.settle(status, clock.millis(), field, reason, state);
        remember(tracked.record);
        changes.accept(tracked.record);
        tracked.settled.complete(tracked.record);
    }

    /** Adds a new record first, or replaces an earlier version of it where it stands (history stays in sending order). */
    private void remember(CommandRecord record) {
        List<CommandRecord> records = history.computeIfAbsent(record.device(), d -> new ArrayList<>());
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).id().equals(record.id())) {
                records.set(i, record);
                return;
            }
        }
        records.add(0, record);
        if (records.size() > HISTORY) {
            records.remove(records.size() - 1);
        }
    }
}
