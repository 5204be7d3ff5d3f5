package dev.ledfleet.controller.rules;

import dev.ledfleet.controller.fleet.FleetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON object as plain Java maps (from a request body or the stored configuration), read with its
 * path so that every complaint names the field at fault: {@code actions[1].scene}.
 */
public record ConfigObject(Map<?, ?> map, String path) {

    /** {@code value} as an object, or a complaint that it is something else. */
    public static ConfigObject of(Object value, String path) {
        if (!(value instanceof Map<?, ?> map)) {
            throw FleetException.invalid(path, "must be an object");
        }
        return new ConfigObject(map, path);
    }

    public String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public boolean has(String field) {
        return map.get(field) != null;
    }

    public Object raw(String field) {
        return map.get(field);
    }

    /** A text field; numbers and booleans are read as their text, so {@code "value": true} works. */
    public String text(String field) {
        Object value = map.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw FleetException.invalid(at(field), "must be a text, number or boolean");
        }
        return value.toString();
    }

    public String requiredText(String field) {
        String value = text(field);
        if (value == null || value.isEmpty()) {
            throw FleetException.invalid(at(field), "is required");
        }
        return value;
    }

    public boolean bool(String field, boolean fallback) {
        Object value = map.get(field);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean b)) {
            throw FleetException.invalid(at(field), "must be true or false");
        }
        return b;
    }

    public Integer integer(String field) {
        Object value = map.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw FleetException.invalid(at(field), "must be a whole number");
        }
        return n.intValue();
    }

    public ConfigObject object(String field) {
        Object value = map.get(field);
        if (value == null) {
            throw FleetException.invalid(at(field), "is required");
        }
        return of(value, at(field));
    }

    /** The objects of a list field; a missing list is empty. */
    public List<ConfigObject> objects(String field) {
        Object value = map.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw FleetException.invalid(at(field), "must be a list");
        }
        List<ConfigObject> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            result.add(of(list.get(i), at(field) + "[" + i + "]"));
        }
        return result;
    }
}
