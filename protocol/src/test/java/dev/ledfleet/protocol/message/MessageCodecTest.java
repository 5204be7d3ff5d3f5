package dev.ledfleet.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledfleet.protocol.DeviceTopic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageCodecTest {

    private final MessageCodec codec = MessageCodec.standard();

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private InvalidMessageException setRejection(String payload) {
        try {
            codec.decodeSet(json(payload));
        } catch (InvalidMessageException e) {
            return e;
        }
        throw new AssertionError("accepted: " + payload);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"brightness\":300}                         | brightness          | from 0 to 255",
            "{\"brightness\":\"high\"}                    | brightness          | whole number",
            "{\"brightness\":12.5}                        | brightness          | whole number",
            "{\"power\":\"maybe\"}                        | power               | toggle",
            "{\"effect\":\"disco\"}                       | effect              | unknown effect 'disco'",
            "{\"effect\":\"comet\",\"params\":{\"tail\":3}} | params.tail         | has no parameter 'tail'",
            "{\"effect\":\"comet\",\"params\":{\"speed\":-1}} | params.speed      | from",
            "{\"effect\":\"comet\",\"params\":{\"color\":\"red\"}} | params.color | #rrggbb",
            "{\"transitionMs\":-5}                        | transitionMs        | from 0 to 60000",
            "{\"id\":\"has space\"}                       | id                  | A-Z",
            "{\"v\":2}                                    | v                   | newer",
            "{\"playlist\":{\"effects\":[]}}              | playlist.effects    | at least one",
            "{\"playlist\":{\"effects\":[{\"effect\":\"x\"}]}} | playlist.effects[0].effect | unknown effect",
            "{\"effect\":\"comet\",\"playlist\":{\"effects\":[{\"effect\":\"solid\"}]}} | playlist | one or the other",
    })
    void decodeSet_badField_isRejectedNamingTheField(String payload, String field, String problem) {
        InvalidMessageException error = setRejection(payload);
        assertThat(error.field()).isEqualTo(field);
        assertThat(error.getMessage()).contains(problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not json at all | malformed JSON",
            "[1,2,3]         | must be a JSON object",
            "''              | empty",
            "{\"a\":         | malformed JSON",
    })
    void decodeSet_unreadablePayload_isRejectedAsAWhole(String payload, String problem) {
        InvalidMessageException error = setRejection(payload.equals("''") ? "" : payload);
        assertThat(error.field()).isEmpty();
        assertThat(error.getMessage()).contains(problem);
    }

    @Test
    void decodeSet_deepNesting_isRejected() {
        String deep = "{\"params\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertThat(setRejection(deep).getMessage()).contains("malformed JSON");
    }

    @Test
    void decodeSet_oversizedPayload_isRejectedWithTheLimit() {
        String big = "{\"effect\":\"text-scroll\",\"params\":{\"text\":\"" + "x".repeat(70_000) + "\"}}";
        assertThat(setRejection(big).getMessage()).contains("the limit is 65536");
    }

    @Test
    void decodeSet_unknownFields_areTolerated() throws Exception {
        SetCommand command = codec.decodeSet(json("{\"brightness\":10,\"futureField\":{\"x\":1}}"));
        assertThat(command.brightness()).isEqualTo(10);
    }

    @Test
    void decodeSet_withoutVersion_isReadAsVersionOne() throws Exception {
        assertThat(codec.decodeSet(json("{\"power\":false}")).power()).isEqualTo(PowerChange.OFF);
    }

    @Test
    void decodeSet_paramsAreCanonicalised() throws Exception {
        SetCommand command = codec.decodeSet(json(
                "{\"effect\":\"comet\",\"params\":{\"color\":\"FF8800\",\"tail-length\":6.0,\"speed\":1}}"));
        assertThat(command.params()).containsEntry("color", "#ff8800")
                .containsEntry("tail-length", 6)
                .containsEntry("speed", 1.0);
    }

    @Test
    void decodeSet_paramsWithoutEffect_areKeptForTheDeviceToCheck() throws Exception {
        SetCommand command = codec.decodeSet(json("{\"params\":{\"speed\":0.2}}"));
        assertThat(command.effect()).isNull();
        assertThat(command.params()).containsEntry("speed", 0.2);
    }

    @Test
    void set_roundTrips() throws Exception {
        SetCommand original = new SetCommand("c-1", PowerChange.TOGGLE, 7, "chase",
                Map.of("size", 3, "colors", List.of("#010203")), 250, 99L, null);
        SetCommand expected = new SetCommand("c-1", PowerChange.TOGGLE, 7, "chase", Map.of("size", 3), 250, 99L, null);
        assertThatThrownBy(() -> codec.decodeSet(codec.encode(original)))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("params.colors");
        assertThat(codec.decodeSet(codec.encode(expected))).isEqualTo(expected);
    }

    @Test
    void status_isPlainText() throws Exception {
        assertThat(new String(codec.encode(DeviceStatus.OFFLINE), StandardCharsets.US_ASCII)).isEqualTo("offline");
        assertThat(codec.decodeStatus(json("online"))).isEqualTo(DeviceStatus.ONLINE);
        assertThatThrownBy(() -> codec.decodeStatus(json("sleepy")))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("\"sleepy\"");
    }

    @Test
    void decodeReport_dispatchesOnTopic() throws Exception {
        DeviceReport report = codec.decodeReport(DeviceTopic.BUTTON_EVENT,
                json("{\"gesture\":\"long\",\"seq\":3,\"ts\":5}"));
        assertThat(report).isEqualTo(new ButtonEvent(1, ButtonGesture.LONG, 3, 5));
        assertThatThrownBy(() -> codec.decodeReport(DeviceTopic.SET, json("{}")))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("no device report");
    }

    @Test
    void decodeButtonEvent_unknownGesture_isRejected() {
        assertThatThrownBy(() -> codec.decodeButtonEvent(json("{\"gesture\":\"triple\",\"seq\":1,\"ts\":1}")))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("gesture").hasMessageContaining("triple");
    }

    @Test
    void decodeInfo_missingLayout_namesIt() {
        assertThatThrownBy(() -> codec.decodeInfo(json("{\"id\":\"a\",\"kind\":\"lamp\"}")))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("layout: is required");
    }

    @Test
    void decodeFrameRequest_defaultsAndLimits() throws Exception {
        assertThat(codec.decodeFrameRequest(json("{}"))).isEqualTo(new FrameRequest(10_000, 10));
        assertThatThrownBy(() -> codec.decodeFrameRequest(json("{\"maxFps\":500}")))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("maxFps");
    }

    @Test
    void decodeSimulatedButton_unknownAction_isRejected() {
        assertThatThrownBy(() -> codec.decodeSimulatedButton(json("{\"action\":\"smash\"}")))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("press, release");
    }

    @Test
    void decodeState_reportsBadCommandIdUnderItsName() {
        assertThatThrownBy(() -> codec.decodeState(json(
                "{\"power\":true,\"brightness\":1,\"effect\":\"solid\",\"commandId\":\"bad id\"}")))
                .isInstanceOf(InvalidMessageException.class)
                .satisfies(e -> assertThat(((InvalidMessageException) e).field()).isEqualTo("commandId"));
    }
}
