package dev.ledfleet.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whatever the protocol allows survives encoding and decoding unchanged. */
class RoundTripPropertyTest {

    private static final MessageCodec CODEC = MessageCodec.standard();
    private static final int TRIES = 1000;

    @Test
    void set_roundTrips() {
        PropertyCheck.forAll(TRIES, ValidMessages::set,
                command -> assertThat(CODEC.decodeSet(CODEC.encode(command))).isEqualTo(command));
    }

    @Test
    void frameRequest_roundTrips() {
        PropertyCheck.forAll(TRIES, ValidMessages::frameRequest,
                request -> assertThat(CODEC.decodeFrameRequest(CODEC.encode(request))).isEqualTo(request));
    }

    @Test
    void favourites_roundTrip() {
        PropertyCheck.forAll(TRIES, ValidMessages::favourites,
                favourites -> assertThat(CODEC.decodeFavourites(CODEC.encode(favourites))).isEqualTo(favourites));
    }

    @Test
    void simulatedButton_roundTrips() {
        PropertyCheck.forAll(TRIES, ValidMessages::simulatedButton,
                button -> assertThat(CODEC.decodeSimulatedButton(CODEC.encode(button))).isEqualTo(button));
    }

    @Test
    void clockTick_roundTrips() {
        PropertyCheck.forAll(TRIES, ValidMessages::clockTick,
                tick -> assertThat(CODEC.decodeClockTick(CODEC.encode(tick))).isEqualTo(tick));
    }

    @Test
    void info_roundTrips() {
        PropertyCheck.forAll(TRIES, ValidMessages::info,
                info -> assertThat(CODEC.decodeInfo(CODEC.encode(info))).isEqualTo(info));
    }

    @Test
    void state_roundTrips() {
        PropertyCheck.forAll(TRIES, ValidMessages::state,
                state -> assertThat(CODEC.decodeState(CODEC.encode(state))).isEqualTo(state));
    }

    @Test
    void buttonEvent_roundTrips() {
        PropertyCheck.forAll(TRIES, ValidMessages::buttonEvent,
                event -> assertThat(CODEC.decodeButtonEvent(CODEC.encode(event))).isEqualTo(event));
    }

    @Test
    void error_roundTrips() {
        PropertyCheck.forAll(TRIES, ValidMessages::error,
                error -> assertThat(CODEC.decodeError(CODEC.encode(error))).isEqualTo(error));
    }

    @Test
    void status_roundTrips() {
        for (DeviceStatus status : DeviceStatus.values()) {
            try {
                assertThat(CODEC.decodeStatus(CODEC.encode(status))).isEqualTo(status);
            } catch (InvalidMessageException e) {
                throw new AssertionError(e);
            }
        }
    }
}
