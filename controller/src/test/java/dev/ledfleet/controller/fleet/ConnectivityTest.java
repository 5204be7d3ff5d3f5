package dev.ledfleet.controller.fleet;

import static dev.ledfleet.controller.fleet.FleetFixture.GRID;
import static dev.ledfleet.controller.fleet.FleetFixture.LAMP;
import static dev.ledfleet.controller.fleet.FleetFixture.brightness;
import static dev.ledfleet.controller.fleet.FleetFixture.state;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.protocol.message.DeviceStatus;
import org.junit.jupiter.api.Test;

class ConnectivityTest {

    private final FleetFixture f = new FleetFixture();

    @Test
    void deviceKnownOnlyFromItsState_isUnknown() {
        f.fleet.onState(LAMP, state(true, 10, "solid", null));

        assertThat(f.fleet.device(LAMP).connectivity()).isEqualTo(Connectivity.UNKNOWN);
        assertThat(f.fleet.device(LAMP).lastSeen()).isEqualTo(f.time.millis());
    }

    @Test
    void status_movesBetweenOnlineAndOffline() {
        f.fleet.onStatus(LAMP, DeviceStatus.ONLINE);
        assertThat(f.fleet.device(LAMP).connectivity()).isEqualTo(Connectivity.ONLINE);

        f.time.advance(5_000);
        f.fleet.onStatus(LAMP, DeviceStatus.OFFLINE);

        assertThat(f.fleet.device(LAMP).connectivity()).isEqualTo(Connectivity.OFFLINE);
        assertThat(f.fleet.device(LAMP).lastSeen()).isEqualTo(f.time.millis());
        assertThat(f.fleet.connectivityCounts()).containsEntry(Connectivity.OFFLINE, 1).containsEntry(Connectivity.ONLINE, 0);
    }

    @Test
    void offlineDevice_returningWithOtherState_getsItsDesiredStateAgain() {
        f.online(LAMP);
        f.fleet.onStatus(LAMP, DeviceStatus.OFFLINE);
        CommandTicket whileAway = f.fleet.send(LAMP, brightness(200), CommandSource.API, 2_000);
        f.time.advance(2_000);
        assertThat(whileAway.settled().join().status()).isEqualTo(CommandStatus.TIMED_OUT);
        int sentBefore = f.link.sets.size();

        f.fleet.onStatus(LAMP, DeviceStatus.ONLINE);
        f.fleet.onState(LAMP, state(false, 128, "solid", null));

        assertThat(f.link.sets).hasSize(sentBefore + 1);
        assertThat(f.link.last().brightness()).isEqualTo(200);
        assertThat(f.fleet.commands(LAMP).get(0).source()).isEqualTo(CommandSource.RESYNC);
    }

    @Test
    void deviceAnnouncingItselfAgainWithoutGoingOffline_getsTheStateItMissed() {
        f.online(LAMP);
        f.online(GRID);
        CommandTicket lost = f.fleet.send(LAMP, brightness(200), CommandSource.API, 2_000);
        f.time.advance(2_000);
        assertThat(lost.settled().join().status()).isEqualTo(CommandStatus.TIMED_OUT);
        int sentBefore = f.link.sets.size();

        f.fleet.onStatus(LAMP, DeviceStatus.ONLINE);
        f.fleet.onState(LAMP, state(true, 128, "solid", null));
        f.time.advance(Fleet.RESYNC_DELAY_MS);

        assertThat(f.link.sets).hasSize(sentBefore + 1);
        assertThat(f.link.last().brightness()).isEqualTo(200);
        assertThat(f.fleet.commands(LAMP).get(0).source()).isEqualTo(CommandSource.RESYNC);
    }

    @Test
    void returningDevice_alreadyShowingDesiredState_isLeftAlone() {
        f.online(LAMP);
        CommandTicket ticket = f.fleet.send(LAMP, brightness(200), CommandSource.API, 2_000);
        f.apply(LAMP, ticket.sent().patch());
        f.fleet.onStatus(LAMP, DeviceStatus.OFFLINE);
        int sentBefore = f.link.sets.size();

        f.fleet.onStatus(LAMP, DeviceStatus.ONLINE);
        f.time.advance(Fleet.RESYNC_DELAY_MS);

        assertThat(f.link.sets).hasSize(sentBefore);
    }

    @Test
    void returningDevice_thatSaysNothingMore_isComparedAfterADelay() {
        f.online(LAMP);
        f.fleet.onStatus(LAMP, DeviceStatus.OFFLINE);
        f.fleet.send(LAMP, brightness(99), CommandSource.API, 1_000);
        f.time.advance(1_000);
        int sentBefore = f.link.sets.size();

        f.fleet.onStatus(LAMP, DeviceStatus.ONLINE);
        assertThat(f.link.sets).hasSize(sentBefore);
        f.time.advance(Fleet.RESYNC_DELAY_MS);

        assertThat(f.link.sets).hasSize(sentBefore + 1);
        assertThat(f.link.last().brightness()).isEqualTo(99);
    }

    @Test
    void health_countsRestartsReconnectsAndDrops_andAffectedDevicesNotEvents() {
        f.online(LAMP);
        f.online(GRID);
        for (int crash = 0; crash < 5; crash++) {
            f.fleet.onStatus(LAMP, DeviceStatus.OFFLINE);
            f.fleet.onStatus(LAMP, DeviceStatus.ONLINE);
            f.fleet.onInfo(LAMP, FleetFixture.info(LAMP, 2000 + crash));
        }
        f.fleet.onState(GRID, FleetFixture.stateWithDrops(3));
        f.fleet.onState(GRID, FleetFixture.stateWithDrops(7));

        FleetHealth.Report report = f.fleet.health();

        assertThat(report.devices().get("fiber-lamp")).containsEntry(FleetHealth.Trouble.RESTARTS, 5L)
                .containsEntry(FleetHealth.Trouble.RECONNECTS, 5L);
        assertThat(report.devices().get("pixel-grid")).containsEntry(FleetHealth.Trouble.DROPPED_FRAMES, 7L);
        assertThat(report.affectedDevices()).containsEntry(FleetHealth.Trouble.RESTARTS, 1)
                .containsEntry(FleetHealth.Trouble.DROPPED_FRAMES, 1)
                .containsEntry(FleetHealth.Trouble.REJECTED_COMMANDS, 0);
    }

    @Test
    void health_forgetsIncidentsOlderThanAnHour() {
        f.online(LAMP);
        f.fleet.onStatus(LAMP, DeviceStatus.OFFLINE);
        f.fleet.onStatus(LAMP, DeviceStatus.ONLINE);

        f.time.advance(3_600_001);

        assertThat(f.fleet.health().devices().get("fiber-lamp")).containsEntry(FleetHealth.Trouble.RECONNECTS, 0L);
        assertThat(f.fleet.health().affectedDevices()).containsEntry(FleetHealth.Trouble.RECONNECTS, 0);
    }

    @Test
    void forget_removesTheDeviceAndTellsListeners() {
        f.online(LAMP);

        f.fleet.forget(LAMP);

        assertThat(f.fleet.isKnown(LAMP)).isFalse();
        assertThat(f.events).last().isEqualTo(new FleetEvent.DeviceRemoved(LAMP));
    }

    @Test
    void commandStillPendingFromWhileOffline_doesNotBlockTheResync() {
        f.online(LAMP);
        f.fleet.onStatus(LAMP, DeviceStatus.OFFLINE);
        CommandTicket lost = f.fleet.send(LAMP, brightness(150), CommandSource.API, 60_000);
        f.time.advance(2_000);

        f.fleet.onStatus(LAMP, DeviceStatus.ONLINE);
        f.fleet.onState(LAMP, state(false, 128, "solid", null));
        f.apply(LAMP, f.link.last());

        assertThat(f.link.last().brightness()).isEqualTo(150);
        assertThat(f.fleet.commands(LAMP).get(0).source()).isEqualTo(CommandSource.RESYNC);
        assertThat(lost.settled().join().status()).isEqualTo(CommandStatus.SUPERSEDED);
        assertThat(f.fleet.device(LAMP).reported().brightness()).isEqualTo(150);
    }

    @Test
    void changeMadeOnTheDeviceWhileOnline_becomesDesired_soAReturnDoesNotUndoIt() {
        f.online(LAMP);
        CommandTicket ticket = f.fleet.send(LAMP, brightness(40), CommandSource.API, 1_000);
        f.apply(LAMP, ticket.sent().patch());

        f.fleet.onState(LAMP, state(true, 200, "sparkle", "button-7"));
        f.fleet.onStatus(LAMP, DeviceStatus.OFFLINE);
        int sentBefore = f.link.sets.size();
        f.fleet.onStatus(LAMP, DeviceStatus.ONLINE);
        f.fleet.onState(LAMP, state(true, 200, "sparkle", "button-7"));
        f.time.advance(Fleet.RESYNC_DELAY_MS);

        assertThat(f.fleet.device(LAMP).desired().effect()).isEqualTo("sparkle");
        assertThat(f.link.sets).hasSize(sentBefore);
    }
}
