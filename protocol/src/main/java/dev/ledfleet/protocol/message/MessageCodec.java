package dev.ledfleet.protocol.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledfleet.protocol.DeviceTopic;
import dev.ledfleet.protocol.effect.EffectCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns protocol messages into payload bytes and back. Decoding checks sizes, nesting, types and
 * ranges, and reports the first problem as an {@link InvalidMessageException}; it never returns a
 * half-read message.
 */
public final class MessageCodec {

    /** The protocol version written into every JSON message as {@code "v"}. */
    public static final int VERSION = 1;
    /** The largest payload any ledfleet topic accepts. */
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;
    static final int MAX_NESTING = 16;

    private final ObjectMapper mapper;
    private final CommandReader commands;
    private final ReportReader reports;

    public MessageCodec(EffectCatalog catalog) {
        this.mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxNumberLength(64)
                .maxStringLength(MAX_PAYLOAD_BYTES)
                .build());
        this.commands = new CommandReader(catalog);
        this.reports = new ReportReader();
    }

    public static MessageCodec standard() {
        return new MessageCodec(EffectCatalog.standard());
    }

    public byte[] encode(DeviceCommand command) {
        return json(command);
    }

    public byte[] encode(DeviceReport report) {
        if (report instanceof DeviceStatus status) {
            return status.wireText().getBytes(StandardCharsets.US_ASCII);
        }
        return json(report);
    }

    public byte[] encode(ClockTick tick) {
        return json(tick);
    }

    /** Any value as plain JSON without the version field, for REST bodies and the catalog. */
    public byte[] encodePlain(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    private byte[] json(Object message) {
        ObjectNode node = mapper.createObjectNode();
        node.put("v", VERSION);
        node.setAll((ObjectNode) mapper.valueToTree(message));
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + message.getClass().getSimpleName(), e);
        }
    }

    public SetCommand decodeSet(byte[] payload) throws InvalidMessageException {
        return commands.set(versioned(payload));
    }

    public FrameRequest decodeFrameRequest(byte[] payload) throws InvalidMessageException {
        return commands.frameRequest(versioned(payload));
    }

    public FavouriteList decodeFavourites(byte[] payload) throws InvalidMessageException {
        return commands.favourites(versioned(payload));
    }

    public SimulatedButton decodeSimulatedButton(byte[] payload) throws InvalidMessageException {
        return commands.simulatedButton(versioned(payload));
    }

    public ClockTick decodeClockTick(byte[] payload) throws InvalidMessageException {
        return new ClockTick(versioned(payload).longValue("now", 0, Long.MAX_VALUE));
    }

    public DeviceInfo decodeInfo(byte[] payload) throws InvalidMessageException {
        return reports.info(versioned(payload));
    }

    public DeviceState decodeState(byte[] payload) throws InvalidMessageException {
        return reports.state(versioned(payload), commands);
    }

    public ButtonEvent decodeButtonEvent(byte[] payload) throws InvalidMessageException {
        return reports.buttonEvent(versioned(payload));
    }

    public CommandError decodeError(byte[] payload) throws InvalidMessageException {
        return reports.error(versioned(payload));
    }

    public DeviceStatus decodeStatus(byte[] payload) throws InvalidMessageException {
        checkSize(payload);
        String text = new String(payload, StandardCharsets.UTF_8);
        return DeviceStatus.fromWire(text).orElseThrow(() -> new InvalidMessageException("",
                "status must be \"online\" or \"offline\", got \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + '"'));
    }

    /** Decodes whatever a device publishes on {@code topic}; frames are binary and handled by {@link FrameCodec}. */
    public DeviceReport decodeReport(DeviceTopic topic, byte[] payload) throws InvalidMessageException {
        return switch (topic) {
            case STATUS -> decodeStatus(payload);
            case INFO -> decodeInfo(payload);
            case STATE -> decodeState(payload);
            case BUTTON_EVENT -> decodeButtonEvent(payload);
            case ERROR -> decodeError(payload);
            default -> throw new InvalidMessageException("", "topic '" + topic.suffix() + "' carries no device report");
        };
    }

    /** Decodes whatever is published to a device on {@code topic}. */
    public DeviceCommand decodeCommand(DeviceTopic topic, byte[] payload) throws InvalidMessageException {
        return switch (topic) {
            case SET -> decodeSet(payload);
            case FRAME_REQUEST -> decodeFrameRequest(payload);
            case FAVOURITES -> decodeFavourites(payload);
            case SIMULATED_BUTTON -> decodeSimulatedButton(payload);
            default -> throw new InvalidMessageException("", "topic '" + topic.suffix() + "' carries no device command");
        };
    }

    /** Parses a JSON object with the payload limits, for bodies that are not protocol messages. */
    public JsonNode parseTree(byte[] payload) throws InvalidMessageException {
        checkSize(payload);
        if (payload.length == 0) {
            throw new InvalidMessageException("", "payload is empty; expected a JSON object");
        }
        try {
            return mapper.readTree(payload);
        } catch (IOException e) {
            throw new InvalidMessageException("", "malformed JSON: " + firstLine(e.getMessage()));
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Parses an object payload and checks its {@code "v"}; absent means version 1, for hand-typed commands. */
    FieldReader versioned(byte[] payload) throws InvalidMessageException {
        FieldReader fields = FieldReader.root(parseTree(payload));
        if (fields.has("v")) {
            long version = fields.longValue("v", 1, Long.MAX_VALUE);
            if (version > VERSION) {
                throw new InvalidMessageException("v", "protocol version " + version
                        + " is newer than this reader understands (" + VERSION + ")");
            }
        }
        return fields;
    }

    private static void checkSize(byte[] payload) throws InvalidMessageException {
        if (payload.length > MAX_PAYLOAD_BYTES) {
            throw new InvalidMessageException("", "payload is " + payload.length + " bytes; the limit is " + MAX_PAYLOAD_BYTES);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
