package dev.ledfleet.protocol.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields of one JSON object, turning every mismatch into an {@link InvalidMessageException}
 * that names the field by its path. Fields it is not asked about are ignored, so newer senders
 * can add fields without breaking older readers.
 */
final class FieldReader {

    private final ObjectNode node;
    private final String path;

    FieldReader(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static FieldReader root(JsonNode node) throws InvalidMessageException {
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidMessageException("", "payload must be a JSON object, got " + kind(node));
        }
        return new FieldReader(object, "");
    }

    String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    JsonNode raw(String name) {
        return node.get(name);
    }

    String string(String name, int maxLength) throws InvalidMessageException {
        String value = optionalString(name, maxLength);
        if (value == null) {
            throw missing(name, "text");
        }
        return value;
    }

    String optionalString(String name, int maxLength) throws InvalidMessageException {
        if (!has(name)) {
            return null;
        }
        JsonNode value = node.get(name);
        if (!value.isTextual()) {
            throw new InvalidMessageException(pathOf(name), "must be text, got " + kind(value));
        }
        String text = value.asText();
        if (text.length() > maxLength) {
            throw new InvalidMessageException(pathOf(name), "must be at most " + maxLength + " characters, got " + text.length());
        }
        return text;
    }

    int integer(String name, long min, long max) throws InvalidMessageException {
        Long value = optionalLong(name, min, max);
        if (value == null) {
            throw missing(name, "whole number");
        }
        return value.intValue();
    }

    Integer optionalInt(String name, int min, int max) throws InvalidMessageException {
        Long value = optionalLong(name, min, max);
        return value == null ? null : value.intValue();
    }

    long longValue(String name, long min, long max) throws InvalidMessageException {
        Long value = optionalLong(name, min, max);
        if (value == null) {
            throw missing(name, "whole number");
        }
        return value;
    }

    Long optionalLong(String name, long min, long max) throws InvalidMessageException {
        if (!has(name)) {
            return null;
        }
        JsonNode value = node.get(name);
        boolean integral = value.isIntegralNumber() || (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()));
        if (!integral || !value.canConvertToLong()) {
            throw new InvalidMessageException(pathOf(name),
                    "must be a whole number from " + min + " to " + max + ", got " + kind(value));
        }
        long number = value.asLong();
        if (number < min || number > max) {
            throw new InvalidMessageException(pathOf(name), "must be from " + min + " to " + max + ", got " + value);
        }
        return number;
    }

    double number(String name, double min, double max) throws InvalidMessageException {
        if (!has(name)) {
            throw missing(name, "number");
        }
        JsonNode value = node.get(name);
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new InvalidMessageException(pathOf(name), "must be a number, got " + kind(value));
        }
        double number = value.asDouble();
        if (number < min || number > max) {
            throw new InvalidMessageException(pathOf(name), "must be from " + min + " to " + max + ", got " + value);
        }
        return number;
    }

    boolean bool(String name, boolean fallback) throws InvalidMessageException {
        if (!has(name)) {
            return fallback;
        }
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            throw new InvalidMessageException(pathOf(name), "must be true or false, got " + kind(value));
        }
        return value.asBoolean();
    }

    FieldReader object(String name) throws InvalidMessageException {
        FieldReader reader = optionalObject(name);
        if (reader == null) {
            throw missing(name, "object");
        }
        return reader;
    }

    FieldReader optionalObject(String name) throws InvalidMessageException {
        if (!has(name)) {
            return null;
        }
        JsonNode value = node.get(name);
        if (!(value instanceof ObjectNode object)) {
            throw new InvalidMessageException(pathOf(name), "must be an object, got " + kind(value));
        }
        return new FieldReader(object, pathOf(name));
    }

    /** The elements of an array field that must hold objects; empty when absent. */
    List<FieldReader> objects(String name, int maxCount) throws InvalidMessageException {
        if (!has(name)) {
            return List.of();
        }
        JsonNode value = node.get(name);
        if (!value.isArray()) {
            throw new InvalidMessageException(pathOf(name), "must be a list, got " + kind(value));
        }
        if (value.size() > maxCount) {
            throw new InvalidMessageException(pathOf(name), "must hold at most " + maxCount + " entries, got " + value.size());
        }
        List<FieldReader> readers = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String elementPath = pathOf(name) + "[" + i + "]";
            if (!(element instanceof ObjectNode object)) {
                throw new InvalidMessageException(elementPath, "must be an object, got " + kind(element));
            }
            readers.add(new FieldReader(object, elementPath));
        }
        return readers;
    }

    List<String> strings(String name, int maxCount, int maxLength) throws InvalidMessageException {
        if (!has(name)) {
            return List.of();
        }
        JsonNode value = node.get(name);
        if (!value.isArray() || value.size() > maxCount) {
            throw new InvalidMessageException(pathOf(name), "must be a list of at most " + maxCount + " texts, got " + kind(value));
        }
        List<String> result = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isTextual() || element.asText().length() > maxLength) {
                throw new InvalidMessageException(pathOf(name) + "[" + i + "]",
                        "must be text of at most " + maxLength + " characters, got " + kind(element));
            }
            result.add(element.asText());
        }
        return result;
    }

    /** The object field as plain Java values (String, Integer/Long/Double, Boolean, List, Map). */
    Map<String, Object> plainObject(String name) throws InvalidMessageException {
        FieldReader reader = optionalObject(name);
        if (reader == null) {
            return null;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = reader.node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                // A null would also break the immutable copies the message records make.
                throw new InvalidMessageException(reader.pathOf(field.getKey()), "must not be null");
            }
            result.put(field.getKey(), plain(field.getValue()));
        }
        return result;
    }

    private static Object plain(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isIntegralNumber()) {
            if (value.canConvertToInt()) {
                return value.asInt();
            }
            // Beyond long, asLong() would silently keep the low 64 bits: 2^64 + 10 would read as 10.
            return value.canConvertToLong() ? (Object) value.asLong() : value.bigIntegerValue();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>(value.size());
            value.forEach(element -> list.add(plain(element)));
            return list;
        }
        if (value.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        return null;
    }

    private InvalidMessageException missing(String name, String expected) {
        return new InvalidMessageException(pathOf(name), "is required (" + expected + ")");
    }

    static String kind(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isTextual()) {
            String text = value.asText();
            return '"' + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + '"';
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.toString();
    }
}
