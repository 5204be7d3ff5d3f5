package dev.ledfleet.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledfleet.protocol.effect.ParamSpec;
import dev.ledfleet.protocol.effect.ParamType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every decoder meets hostile input with either a decoded message or an
 * {@link InvalidMessageException} that says what is wrong; never any other exception.
 */
class DecoderFuzzTest {

    private static final MessageCodec CODEC = MessageCodec.standard();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String HOLE = "__hole_7f3a__";

    @FunctionalInterface
    interface Decoder {
        Object decode(byte[] payload) throws InvalidMessageException;
    }

    /** Every payload decoder of the protocol, by the topic it serves. */
    static final Map<String, Decoder> DECODERS = decoders();

    private static Map<String, Decoder> decoders() {
        Map<String, Decoder> decoders = new LinkedHashMap<>();
        decoders.put("set", CODEC::decodeSet);
        decoders.put("frame/request", CODEC::decodeFrameRequest);
        decoders.put("favourites", CODEC::decodeFavourites);
        decoders.put("sim/button", CODEC::decodeSimulatedButton);
        decoders.put("$clock", CODEC::decodeClockTick);
        decoders.put("info", CODEC::decodeInfo);
        decoders.put("state", CODEC::decodeState);
        decoders.put("event/button", CODEC::decodeButtonEvent);
        decoders.put("error", CODEC::decodeError);
        decoders.put("status", CODEC::decodeStatus);
        decoders.put("frame", FrameCodec::decode);
        return Map.copyOf(decoders);
    }

    /** The decoded message, or the refusal; anything else thrown fails the test. */
    static Object outcome(String topic, Decoder decoder, byte[] payload) {
        try {
            Object message = decoder.decode(payload);
            assertThat(message).as(topic + " decoded to null").isNotNull();
            return message;
        } catch (InvalidMessageException e) {
            assertThat(e.getMessage()).as(topic + " refusal without a reason").isNotBlank();
            return e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("decoder for '" + topic + "' threw " + e, e);
        }
    }

    static void everyDecoderCopesWith(byte[] payload) {
        DECODERS.forEach((topic, decoder) -> outcome(topic, decoder, payload));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anyBytes_areDecodedOrRefused() {
        PropertyCheck.forAll(3000, draw -> draw.bytes(2048), DecoderFuzzTest::everyDecoderCopesWith);
    }

    @Test
    void anyJsonObject_isDecodedOrRefused() {
        PropertyCheck.forAll(3000, draw -> utf8(HostileJson.object(draw, 4)), DecoderFuzzTest::everyDecoderCopesWith);
    }

    @Test
    void anyJsonValue_isDecodedOrRefused() {
        PropertyCheck.forAll(1000, draw -> utf8(HostileJson.value(draw, 3)), DecoderFuzzTest::everyDecoderCopesWith);
    }

    @Test
    void nestingDeeperThanTheLimit_isRefused() {
        PropertyCheck.forAll(300, draw -> utf8(HostileJson.deeplyNested(draw)), payload ->
                DECODERS.forEach((topic, decoder) -> {
                    if (!topic.equals("frame") && !topic.equals("status")) {
                        assertThat(outcome(topic, decoder, payload)).as(topic).isInstanceOf(InvalidMessageException.class);
                    }
                }));
    }

    @Test
    void validMessageWithOneHostileField_isDecodedOrRefused() {
        PropertyCheck.forAll(5000, DecoderFuzzTest::mutatedMessage, DecoderFuzzTest::everyDecoderCopesWith);
    }

    @Test
    void payloadOverTheLimit_isRefusedByEveryJsonDecoder() {
        PropertyCheck.forAll(40, draw -> padded(validMessage(draw),
                draw.intBetween(MessageCodec.MAX_PAYLOAD_BYTES + 1, 4 * MessageCodec.MAX_PAYLOAD_BYTES)), payload ->
                DECODERS.forEach((topic, decoder) -> {
                    if (!topic.equals("frame")) {
                        assertThat(outcome(topic, decoder, payload)).as(topic).isInstanceOf(InvalidMessageException.class);
                    }
                }));
    }

    @Test
    void oversizedSet_namesTheLimit() {
        byte[] payload = padded(utf8("{\"power\":true}"), MessageCodec.MAX_PAYLOAD_BYTES + 1);

        assertThatThrownBy(() -> CODEC.decodeSet(payload)).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("limit is " + MessageCodec.MAX_PAYLOAD_BYTES);
    }

    @Test
    void nullEffectParameter_isRefused_notACrash() {
        byte[] state = utf8("{\"power\":true,\"brightness\":1,\"effect\":\"solid\",\"params\":{\"color\":null}}");
        byte[] set = utf8("{\"params\":{\"speed\":null}}");

        assertThatThrownBy(() -> CODEC.decodeState(state)).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("params.color");
        assertThatThrownBy(() -> CODEC.decodeSet(set)).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("params.speed");
    }

    @Test
    void integerParameterBeyondLong_isRefused_notWrappedToASmallNumber() {
        var spec = ValidMessages.CATALOG.all().stream()
                .filter(s -> s.params().stream().anyMatch(p -> p.type() == ParamType.INT))
                .findFirst().orElseThrow();
        ParamSpec param = spec.params().stream().filter(p -> p.type() == ParamType.INT).findFirst().orElseThrow();
        // 2^64 + 10: squeezed into a long it would read as 10, a perfectly valid value.
        byte[] set = utf8("{\"effect\":\"" + spec.id() + "\",\"params\":{\"" + param.name() + "\":18446744073709551626}}");

        assertThatThrownBy(() -> CODEC.decodeSet(set)).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("params." + param.name());
    }

    private static byte[] padded(byte[] json, int size) {
        byte[] payload = new byte[Math.max(size, json.length)];
        System.arraycopy(json, 0, payload, 0, json.length);
        java.util.Arrays.fill(payload, json.length, payload.length, (byte) ' ');
        return payload;
    }

    private static final List<Function<Draw, byte[]>> VALID = List.of(
            draw -> CODEC.encode(ValidMessages.set(draw)),
            draw -> CODEC.encode(ValidMessages.frameRequest(draw)),
            draw -> CODEC.encode(ValidMessages.favourites(draw)),
            draw -> CODEC.encode(ValidMessages.simulatedButton(draw)),
            draw -> CODEC.encode(ValidMessages.clockTick(draw)),
            draw -> CODEC.encode(ValidMessages.info(draw)),
            draw -> CODEC.encode(ValidMessages.state(draw)),
            draw -> CODEC.encode(ValidMessages.buttonEvent(draw)),
            draw -> CODEC.encode(ValidMessages.error(draw)));

    private static byte[] validMessage(Draw draw) {
        return draw.pick(VALID).apply(draw);
    }

    /** A valid message of any kind with one field, in any of its objects, set to a hostile value. */
    private static byte[] mutatedMessage(Draw draw) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(validMessage(draw));
            List<ObjectNode> objects = new ArrayList<>();
            collectObjects(root, objects);
            ObjectNode target = draw.pick(objects);
            String field = draw.chance(0.7) && target.size() > 0
                    ? draw.pick(iterable(target.fieldNames()))
                    : draw.pick(HostileJson.FIELD_NAMES);
            target.put(field, HOLE);
            return utf8(MAPPER.writeValueAsString(root).replace("\"" + HOLE + "\"", HostileJson.value(draw, 2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
        }
        node.forEach(child -> collectObjects(child, into));
    }
}
