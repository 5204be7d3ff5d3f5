package dev.ledfleet.protocol.effect;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * One parameter of an effect, declared as data so that validation, the UI and the docs all come
 * from it: {@code {"name":"tail-length","label":"Tail length","type":"int","default":10,"min":1,"max":256}}.
 * For {@code text} and {@code image} the {@code max} is a length in characters or bytes; for
 * {@code colors} it bounds the number of entries.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParamSpec(
        String name,
        String label,
        ParamType type,
        @com.fasterxml.jackson.annotation.JsonProperty("default") Object defaultValue,
        @JsonSerialize(using = WholeNumberSerializer.class) Double min,
        @JsonSerialize(using = WholeNumberSerializer.class) Double max,
        List<String> options) {

    public ParamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        options = options == null ? null : List.copyOf(options);
    }

    public static ParamSpec integer(String name, String label, int defaultValue, int min, int max) {
        return new ParamSpec(name, label, ParamType.INT, defaultValue, (double) min, (double) max, null);
    }

    public static ParamSpec number(String name, String label, double defaultValue, double min, double max) {
        return new ParamSpec(name, label, ParamType.NUMBER, defaultValue, min, max, null);
    }

    public static ParamSpec bool(String name, String label, boolean defaultValue) {
        return new ParamSpec(name, label, ParamType.BOOL, defaultValue, null, null, null);
    }

    public static ParamSpec color(String name, String label, String defaultValue) {
        return new ParamSpec(name, label, ParamType.COLOR, defaultValue, null, null, null);
    }

    public static ParamSpec colors(String name, String label, List<String> defaultValue, int minCount, int maxCount) {
        return new ParamSpec(name, label, ParamType.COLORS, List.copyOf(defaultValue),
                (double) minCount, (double) maxCount, null);
    }

    public static ParamSpec choice(String name, String label, String defaultValue, List<String> options) {
        return new ParamSpec(name, label, ParamType.CHOICE, defaultValue, null, null, options);
    }

    public static ParamSpec text(String name, String label, String defaultValue, int maxLength) {
        return new ParamSpec(name, label, ParamType.TEXT, defaultValue, 0.0, (double) maxLength, null);
    }

    public static ParamSpec image(String name, String label, int maxBytes) {
        return new ParamSpec(name, label, ParamType.IMAGE, "", 0.0, (double) maxBytes, null);
    }

    /** Writes bounds that are whole numbers as JSON integers ({@code 256}, not {@code 256.0}). */
    static final class WholeNumberSerializer extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        WholeNumberSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                out.writeNumber(value.longValue());
            } else {
                out.writeNumber(value);
            }
        }
    }
}
