package dev.ledfleet.protocol.message;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import java.util.stream.Collectors;

/**
 * JSON text an attacker or a broken device might send: objects keyed mostly by real protocol field
 * names (so the input reaches the validation of each field, not just the parser) holding values of
 * the wrong type, out of range, huge, negative, non-numeric literals, unicode, nested deeper than
 * the parser allows, and duplicated keys. Built as text so that what Jackson would never write
 * itself (NaN, 70-digit numbers, duplicates) can be sent.
 */
final class HostileJson {

    /** Every field name the decoders read, plus a few effect parameter names. */
    static final List<String> FIELD_NAMES = List.of(
            "v", "id", "power", "brightness", "effect", "params", "transitionMs", "startAt", "playlist",
            "effects", "intervalMs", "shuffle", "advanceOnCycle", "ttlMs", "maxFps", "favourites", "button",
            "action", "now", "name", "kind", "layout", "width", "height", "pixels", "wiring", "output",
            "agentVersion", "buttons", "startedAt", "stats", "fps", "renderUs", "jitterUs", "droppedFrames",
            "commandId", "gesture", "seq", "ts", "field", "message",
            "color", "colors", "speed", "tail-length", "text", "image", "bounce", "size", "mode");

    private static final List<String> NUMBERS = List.of(
            "0", "-0", "1", "-1", "255", "256", "-256", "1.5", "-0.001", "1e3", "1E-7", "2.0", "0.0",
            "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "18446744073709551626", "123456789012345678901234567890",
            "1e308", "1e309", "-1e400", "1e-400", "4.9e-324", "1" + "0".repeat(70),
            "NaN", "Infinity", "-Infinity", "+1", "01", ".5", "1.", "0x10");

    private static final List<String> WORDS = List.of(
            "", " ", "toggle", "on", "off", "TOGGLE", "true", "click", "double", "long", "hold", "release",
            "press", "lamp", "grid", "strip", "serpentine", "progressive", "online", "offline", "solid",
            "comet", "rainbow", "sparkle", "chase", "#ff00ff", "#FFF", "ff00ff", "#gg0000", "c-17", "a/b",
            "+", "#", "ledfleet/lamp/set", "\u0000", "\uFEFF", "Küchenlampe", "灯", "🌈🌈", "\u202Eevil",
            "iVBORw0KGgo=", "R0lGODlh", "not base64 !");

    private HostileJson() {
    }

    /** A JSON object of hostile members, with containers at most {@code depth} levels deep. */
    static String object(Draw draw, int depth) {
        return draw.list(0, 8, () -> member(draw, depth - 1)).stream().collect(Collectors.joining(",", "{", "}"));
    }

    /** Any JSON value, sometimes a container of at most {@code depth} levels. */
    static String value(Draw draw, int depth) {
        int roll = draw.nextInt(9);
        if (depth <= 0 || roll < 6) {
            return scalar(draw);
        }
        return roll < 8 ? object(draw, depth) : array(draw, depth);
    }

    static String array(Draw draw, int depth) {
        return draw.list(0, 6, () -> value(draw, depth - 1)).stream().collect(Collectors.joining(",", "[", "]"));
    }

    static String scalar(Draw draw) {
        int roll = draw.nextInt(9);
        if (roll < 4) {
            return number(draw);
        }
        if (roll < 8) {
            return string(draw);
        }
        return draw.pick(List.of("true", "false", "null"));
    }

    static String number(Draw draw) {
        return switch (draw.nextInt(5)) {
            case 0 -> draw.pick(NUMBERS);
            case 1 -> Long.toString(draw.nextLong());
            case 2 -> Integer.toString(draw.intBetween(-10, 300));
            case 3 -> Double.toString((draw.chance(0.5) ? -1 : 1) * draw.doubleBetween(0, 1) * Math.pow(10, draw.intBetween(-12, 22)));
            default -> (draw.chance(0.3) ? "-" : "") + draw.chars("123456789", 1, 1) + draw.chars("0123456789", 15, 40);
        };
    }

    static String string(Draw draw) {
        return quote(switch (draw.nextInt(3)) {
            case 0 -> draw.pick(WORDS);
            case 1 -> draw.text(0, 80);
            default -> "x".repeat(draw.intBetween(60, 3000));
        });
    }

    /** A key: usually a protocol field name, sometimes anything. */
    static String key(Draw draw) {
        return draw.chance(0.85) ? draw.pick(FIELD_NAMES) : draw.text(0, 20);
    }

    static String member(Draw draw, int depth) {
        return quote(key(draw)) + ":" + value(draw, depth);
    }

    /** Containers nested deeper than the parser allows (the field itself is one level), inside a field the decoders read. */
    static String deeplyNested(Draw draw) {
        int depth = draw.intBetween(MessageCodec.MAX_NESTING, 60);
        boolean objects = draw.chance(0.5);
        String open = objects ? "{\"a\":" : "[";
        String close = objects ? "}" : "]";
        return "{" + quote(draw.pick(FIELD_NAMES)) + ":" + open.repeat(depth) + "1" + close.repeat(depth) + "}";
    }

    static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
