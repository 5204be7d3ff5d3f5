package dev.ledfleet.controller.fleet;

import static dev.ledfleet.controller.fleet.FleetFixture.LAMP;
import static dev.ledfleet.controller.fleet.FleetFixture.brightness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.CommandError;
import org.junit.jupiter.api.Test;

class CommandLifecycleTest {

    private final FleetFixture f = new FleetFixture();

    @Test
    void send_recordsPendingAndPublishesWithAnId() {
        f.online(LAMP);
        CommandTicket ticket = f.fleet.send(LAMP, brightness(40), CommandSource.API, 5_000);

        assertThat(ticket.sent().status()).isEqualTo(CommandStatus.PENDING);
        assertThat(f.link.last().id()).isEqualTo(ticket.sent().id()).isNotBlank();
        assertThat(f.fleet.device(LAMP).pending().id()).isEqualTo(ticket.sent().id());
        assertThat(f.fleet.device(LAMP).desired().brightness()).isEqualTo(40);
        assertThat(ticket.settled()).isNotDone();
    }

    @Test
    void stateEchoingTheId_settlesAsApplied() {
        f.online(LAMP);
        CommandTicket ticket = f.fleet.send(LAMP, brightness(40), CommandSource.API, 5_000);
        f.time.advance(12);

        f.apply(LAMP, f.link.last());

        CommandRecord done = ticket.settled().join();
        assertThat(done.status()).isEqualTo(CommandStatus.APPLIED);
        assertThat(done.state().brightness()).isEqualTo(40);
        assertThat(done.latencyMs()).isEqualTo(12);
        assertThat(f.fleet.device(LAMP).pending()).isNull();
    }

    @Test
    void laterCommandApplied_settlesEarlierPendingOnesAsSuperseded() {
        f.online(LAMP);
        CommandTicket first = f.fleet.send(LAMP, brightness(10), CommandSource.API, 5_000);
        CommandTicket second = f.fleet.send(LAMP, brightness(20), CommandSource.API, 5_000);

        f.apply(LAMP, second.sent().patch());

        assertThat(first.settled().join().status()).isEqualTo(CommandStatus.SUPERSEDED);
        assertThat(second.settled().join().status()).isEqualTo(CommandStatus.APPLIED);
    }

    @Test
    void earlierCommandApplied_leavesTheLaterOnePending() {
        f.online(LAMP);
        CommandTicket first = f.fleet.send(LAMP, brightness(10), CommandSource.API, 5_000);
        CommandTicket second = f.fleet.send(LAMP, brightness(20), CommandSource.API, 5_000);

        f.apply(LAMP, first.sent().patch());

        assertThat(first.settled().join().status()).isEqualTo(CommandStatus.APPLIED);
        assertThat(second.settled()).isNotDone();
    }

    @Test
    void errorNamingTheId_settlesAsRejectedWithFieldAndReason() {
        f.online(LAMP);
        CommandTicket ticket = f.fleet.send(LAMP, brightness(40), CommandSource.API, 5_000);

        f.fleet.onError(LAMP, new CommandError(ticket.sent().id(), "params.speed", "must be from 0.001 to 10"));

        CommandRecord done = ticket.settled().join();
        assertThat(done.status()).isEqualTo(CommandStatus.REJECTED);
        assertThat(done.field()).isEqualTo("params.speed");
        assertThat(done.reason()).contains("0.001");
        assertThat(f.fleet.device(LAMP).lastFailure().id()).isEqualTo(done.id());
    }

    @Test
    void errorFromAnotherDevice_doesNotSettleTheCommand() {
        f.online(LAMP);
        CommandTicket ticket = f.fleet.send(LAMP, brightness(40), CommandSource.API, 5_000);

        f.fleet.onError(DeviceId.of("other"), new CommandError(ticket.sent().id(), null, "no"));

        assertThat(ticket.settled()).isNotDone();
    }

    @Test
    void noAnswer_timesOutWhenItsTimeIsUp() {
        f.online(LAMP);
        CommandTicket ticket = f.fleet.send(LAMP, brightness(40), CommandSource.API, 2_000);

        f.time.advance(1_999);
        assertThat(ticket.settled()).isNotDone();
        f.time.advance(1);

        assertThat(ticket.settled().join().status()).isEqualTo(CommandStatus.TIMED_OUT);
        assertThat(ticket.settled().join().reason()).contains("2000 ms");
    }

    @Test
    void lateEcho_afterTimeOut_changesNothing() {
        f.online(LAMP);
        CommandTicket ticket = f.fleet.send(LAMP, brightness(40), CommandSource.API, 1_000);
        f.time.advance(1_000);

        f.apply(LAMP, ticket.sent().patch());

        assertThat(f.fleet.commands(LAMP).get(0).status()).isEqualTo(CommandStatus.TIMED_OUT);
    }

    @Test
    void send_toUnknownDevice_isNotFound() {
        assertThatThrownBy(() -> f.fleet.send(LAMP, brightness(1), CommandSource.API, 1_000))
                .isInstanceOfSatisfying(FleetException.class, e -> assertThat(e.kind()).isEqualTo(FleetException.Kind.NOT_FOUND));
        assertThat(f.link.sets).isEmpty();
    }

    @Test
    void send_effectTheDeviceLacks_isInvalidAndNotSent() {
        f.fleet.onInfo(LAMP, new dev.ledfleet.protocol.message.DeviceInfo("fiber-lamp", "Lamp",
                dev.ledfleet.protocol.message.DeviceKind.LAMP, FleetFixture.info(LAMP, 1).layout(), "virtual", 60, "0.1.0",
                java.util.List.of("solid"), 1, 1));

        assertThatThrownBy(() -> f.fleet.send(LAMP, FleetFixture.effect("comet"), CommandSource.API, 1_000))
                .isInstanceOfSatisfying(FleetException.class, e -> assertThat(e.field()).isEqualTo("effect"));
        assertThat(f.link.sets).isEmpty();
    }

    @Test
    void commandEvents_reportPendingThenSettled() {
        f.online(LAMP);
        CommandTicket ticket = f.fleet.send(LAMP, brightness(40), CommandSource.API, 5_000);
        f.apply(LAMP, ticket.sent().patch());

        assertThat(f.events).filteredOn(e -> e instanceof FleetEvent.CommandChanged)
                .map(e -> ((FleetEvent.CommandChanged) e).command().status())
                .containsExactly(CommandStatus.PENDING, CommandStatus.APPLIED);
    }
}
