package dev.ledfleet.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the wire format: each golden file must decode to its message and the message must encode to
 * the same JSON. A change here is a protocol change, and docs/protocol.md changes with it.
 */
class GoldenFilesTest {

    private static final MessageCodec CODEC = MessageCodec.standard();

    @FunctionalInterface
    interface Decoder {
        Object decode(byte[] payload) throws InvalidMessageException;
    }

    static Stream<Arguments> goldenMessages() {
        Map<String, Object> comet = Map.of("color", "#ff0000", "tail-length", 6);
        return Stream.of(
                Arguments.of("set.json", (Decoder) CODEC::decodeSet,
                        new SetCommand("c-17", PowerChange.ON, 128, "comet", comet, 500, 1764876000500L, null)),
                Arguments.of("set-toggle.json", (Decoder) CODEC::decodeSet,
                        new SetCommand(null, PowerChange.TOGGLE, null, null, null, null, null, null)),
                Arguments.of("set-playlist.json", (Decoder) CODEC::decodeSet,
                        new SetCommand("c-18", null, null, null, null, null, null, new Playlist(List.of(
                                new EffectChoice("comet", Map.of("color", "#00ff00")), EffectChoice.of("rainbow")),
                                30_000, true, false))),
                Arguments.of("state.json", (Decoder) CODEC::decodeState,
                        new DeviceState(true, 128, "comet", comet, 500, null, 1764876000500L, "c-17",
                                new FrameStats(59.9, 41, 120, 2))),
                Arguments.of("info.json", (Decoder) CODEC::decodeInfo,
                        new DeviceInfo("pixel-grid", "Pixel grid", DeviceKind.GRID,
                                new LayoutInfo(256, 16, 16, Wiring.SERPENTINE), "ws2812-spi:/dev/spidev0.0", 60,
                                "0.1.0", List.of("solid", "comet"), 1, 1764876000000L)),
                Arguments.of("button-event.json", (Decoder) CODEC::decodeButtonEvent,
                        new ButtonEvent(1, ButtonGesture.DOUBLE, 42, 1764876000123L)),
                Arguments.of("error.json", (Decoder) CODEC::decodeError,
                        new CommandError("c-18", "params.speed", "must be from 0.005 to 10, got -1")),
                Arguments.of("frame-request.json", (Decoder) CODEC::decodeFrameRequest, new FrameRequest(10_000, 10)),
                Arguments.of("favourites.json", (Decoder) CODEC::decodeFavourites, new FavouriteList(List.of(
                        new EffectChoice("sparkle", Map.of("color", "#ffffff")),
                        new EffectChoice("chase", Map.of("color", "#ff0000"))))),
                Arguments.of("sim-button.json", (Decoder) CODEC::decodeSimulatedButton,
                        new SimulatedButton(1, SimulatedButton.Action.DOUBLE)),
                Arguments.of("clock.json", (Decoder) CODEC::decodeClockTick, new ClockTick(1764876000000L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenMessages")
    void goldenFile_decodesToItsMessage(String file, Decoder decoder, Object expected) throws Exception {
        assertThat(decoder.decode(golden(file))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenMessages")
    void message_encodesToItsGoldenFile(String file, Decoder decoder, Object message) throws Exception {
        byte[] encoded;
        if (message instanceof DeviceCommand command) {
            encoded = CODEC.encode(command);
        } else if (message instanceof DeviceReport report) {
            encoded = CODEC.encode(report);
        } else {
            encoded = CODEC.encode((ClockTick) message);
        }
        assertThat(tree(encoded)).isEqualTo(tree(golden(file)));
    }

    private static JsonNode tree(byte[] json) throws IOException {
        return CODEC.mapper().readTree(json);
    }

    private static byte[] golden(String file) throws IOException {
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + file)) {
            assertThat(in).as("golden file %s", file).isNotNull();
            return in.readAllBytes();
        }
    }
}
