package dev.ledfleet.controller.homeassistant;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Converts between ledfleet's {@code "#rrggbb"} colours and Home Assistant's {@code {"r":..,"g":..,"b":..}}. */
final class HaColor {

    private HaColor() {
    }

    static String toHex(Map<?, ?> rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", channel(rgb, "r"), channel(rgb, "g"), channel(rgb, "b"));
    }

    /** The colour of {@code "#rrggbb"}, or null when the text is not one. */
    static Map<String, Object> fromHex(Object hex) {
        if (!(hex instanceof String text) || !text.matches("#[0-9a-fA-F]{6}")) {
            return null;
        }
        int value = Integer.parseInt(text.substring(1), 16);
        Map<String, Object> rgb = new LinkedHashMap<>();
        rgb.put("r", (value >> 16) & 0xff);
        rgb.put("g", (value >> 8) & 0xff);
        rgb.put("b", value & 0xff);
        return rgb;
    }

    private static int channel(Map<?, ?> rgb, String name) {
        Object value = rgb.get(name);
        if (!(value instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 255) {
            throw new IllegalArgumentException("color." + name + " must be a number 0-255, got " + value);
        }
        return (int) Math.round(n.doubleValue());
    }
}
