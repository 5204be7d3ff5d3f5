package dev.ledfleet.protocol.effect;

import dev.ledfleet.protocol.message.InvalidMessageException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks effect parameters against their {@link EffectSpec} and brings them to one canonical form:
 * integers as {@link Integer}, numbers as {@link Double}, colours as lower-case {@code "#rrggbb"}.
 */
public final class ParamValidator {

    private static final Pattern HEX_COLOR = Pattern.compile("#?[0-9a-fA-F]{6}");

    private ParamValidator() {
    }

    /**
     * Returns the canonical form of {@code params}, or throws naming the first parameter at fault.
     * Parameters the effect does not have are refused, so a typo is reported rather than ignored.
     */
    public static Map<String, Object> validate(EffectSpec spec, Map<String, ?> params) throws InvalidMessageException {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : params.entrySet()) {
            String field = "params." + entry.getKey();
            ParamSpec param = spec.param(entry.getKey()).orElseThrow(() -> new InvalidMessageException(field,
                    "effect '" + spec.id() + "' has no parameter '" + entry.getKey() + "'; it has "
                            + spec.params().stream().map(ParamSpec::name).toList()));
            result.put(entry.getKey(), canonical(param, entry.getValue(), field));
        }
        return result;
    }

    /** The canonical form of one value for {@code param}. */
    public static Object canonical(ParamSpec param, Object value, String field) throws InvalidMessageException {
        if (value == null) {
            throw new InvalidMessageException(field, "must not be null");
        }
        return switch (param.type()) {
            case INT -> integer(param, value, field);
            case NUMBER -> number(param, value, field);
            case BOOL -> {
                if (!(value instanceof Boolean b)) {
                    throw new InvalidMessageException(field, "must be true or false, got " + describe(value));
                }
                yield b;
            }
            case COLOR -> color(value, field);
            case COLORS -> colors(param, value, field);
            case CHOICE -> {
                if (!(value instanceof String s) || !param.options().contains(s)) {
                    throw new InvalidMessageException(field, "must be one of " + param.options() + ", got " + describe(value));
                }
                yield s;
            }
            case TEXT -> {
                if (!(value instanceof String s)) {
                    throw new InvalidMessageException(field, "must be text, got " + describe(value));
                }
                if (s.length() > param.max()) {
                    throw new InvalidMessageException(field, "must be at most " + param.max().intValue()
                            + " characters, got " + s.length());
                }
                yield s;
            }
            case IMAGE -> image(param, value, field);
        };
    }

    private static Integer integer(ParamSpec param, Object value, String field) throws InvalidMessageException {
        if (!(value instanceof Number n) || !isIntegral(n)) {
            throw new InvalidMessageException(field, "must be a whole number from " + param.min().longValue()
                    + " to " + param.max().longValue() + ", got " + describe(value));
        }
        double d = n.doubleValue();
        if (d < param.min() || d > param.max()) {
            throw new InvalidMessageException(field, "must be from " + param.min().longValue()
                    + " to " + param.max().longValue() + ", got " + describe(value));
        }
        return (int) d;
    }

    private static Double number(ParamSpec param, Object value, String field) throws InvalidMessageException {
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw new InvalidMessageException(field, "must be a number from " + plain(param.min())
                    + " to " + plain(param.max()) + ", got " + describe(value));
        }
        double d = n.doubleValue();
        if (d < param.min() || d > param.max()) {
            throw new InvalidMessageException(field, "must be from " + plain(param.min())
                    + " to " + plain(param.max()) + ", got " + describe(value));
        }
        return d;
    }

    private static String color(Object value, String field) throws InvalidMessageException {
        if (!(value instanceof String s) || !HEX_COLOR.matcher(s).matches()) {
            throw new InvalidMessageException(field, "must be a colour written #rrggbb, got " + describe(value));
        }
        String hex = s.startsWith("#") ? s.substring(1) : s;
        return "#" + hex.toLowerCase(Locale.ROOT);
    }

    private static List<String> colors(ParamSpec param, Object value, String field) throws InvalidMessageException {
        if (!(value instanceof List<?> list)) {
            throw new InvalidMessageException(field, "must be a list of colours written #rrggbb, got " + describe(value));
        }
        if (list.size() < param.min() || list.size() > param.max()) {
            throw new InvalidMessageException(field, "must hold " + param.min().intValue() + " to "
                    + param.max().intValue() + " colours, got " + list.size());
        }
        List<String> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            result.add(color(list.get(i), field + "[" + i + "]"));
        }
        return List.copyOf(result);
    }

    private static String image(ParamSpec param, Object value, String field) throws InvalidMessageException {
        if (!(value instanceof String s)) {
            throw new InvalidMessageException(field, "must be a base64 PNG or GIF, got " + describe(value));
        }
        if (s.isEmpty()) {
            return s;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException(field, "is not valid base64: " + e.getMessage());
        }
        if (bytes.length > param.max()) {
            throw new InvalidMessageException(field, "image is " + bytes.length + " bytes; the limit is "
                    + param.max().intValue());
        }
        if (!ImageFormat.isPngOrGif(bytes)) {
            throw new InvalidMessageException(field, "must be a PNG or GIF image");
        }
        return s;
    }

    private static boolean isIntegral(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return true;
        }
        double d = n.doubleValue();
        return Double.isFinite(d) && d == Math.rint(d);
    }

    private static String plain(Double d) {
        return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
    }

    static String describe(Object value) {
        if (value instanceof String s) {
            return '"' + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + '"';
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "a list";
        }
        return String.valueOf(value);
    }
}
