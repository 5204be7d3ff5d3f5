package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.DeviceInfo;
import dev.ledfleet.protocol.message.DeviceKind;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.DeviceStatus;
import dev.ledfleet.protocol.message.FrameStats;
import dev.ledfleet.protocol.message.LayoutInfo;
import dev.ledfleet.protocol.message.PowerChange;
import dev.ledfleet.protocol.message.SetCommand;
import dev.ledfleet.protocol.message.Wiring;
import dev.ledfleet.protocol.effect.EffectCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A fleet on manual time with a recording link, and devices that answer like agents when told to. */
final class FleetFixture {

    static final DeviceId LAMP = DeviceId.of("fiber-lamp");
    static final DeviceId GRID = DeviceId.of("pixel-grid");

    final ManualTime time = new ManualTime();
    final RecordingLink link = new RecordingLink();
    final List<SetupSnapshot> saved = new ArrayList<>();
    final List<FleetEvent> events = new ArrayList<>();
    final Fleet fleet;

    FleetFixture() {
        this(SetupSnapshot.EMPTY);
    }

    FleetFixture(SetupSnapshot initial) {
        fleet = new Fleet(time, time, link, initial, snapshot -> {
            saved.add(snapshot);
            return CompletableFuture.completedFuture(null);
        });
        fleet.addListener(events::add);
    }

    static DeviceInfo info(DeviceId id, long startedAt) {
        return new DeviceInfo(id.value(), id.value(), DeviceKind.LAMP, new LayoutInfo(24, 24, 1, Wiring.PROGRESSIVE),
                "virtual", 60, "0.1.0", EffectCatalog.standard().ids(), 1, startedAt);
    }

    static DeviceState state(boolean power, int brightness, String effect, String commandId) {
        return new DeviceState(power, brightness, effect, Map.of(), 0, null, null, commandId, null);
    }

    static DeviceState stateWithDrops(long dropped) {
        return new DeviceState(true, 128, "solid", Map.of(), 0, null, null, null, new FrameStats(60, 40, 100, dropped));
    }

    static SetCommand brightness(int value) {
        return new SetCommand(null, null, value, null, null, null, null, null);
    }

    static SetCommand effect(String effect) {
        return new SetCommand(null, PowerChange.ON, null, effect, null, null, null, null);
    }

    /** The device announces itself as a booting agent does: status, info, state. */
    void online(DeviceId id) {
        fleet.onStatus(id, DeviceStatus.ONLINE);
        fleet.onInfo(id, info(id, 1000));
        fleet.onState(id, state(false, 128, "solid", null));
    }

    /** The device applies {@code patch} on top of what it shows and reports, echoing the id. */
    void apply(DeviceId id, SetCommand patch) {
        DeviceState now = fleet.device(id).reported();
        DeviceState next = DesiredState.apply(now, patch);
        fleet.onState(id, next.withCommandId(patch.id()));
    }
}
