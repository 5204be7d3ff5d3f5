package dev.ledfleet.agent.effect;

import dev.ledfleet.protocol.effect.EffectSpec;
import dev.ledfleet.protocol.effect.ParamSpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one effect start, read by name with the spec's default for anything not given.
 * Values must already be in the canonical form {@code ParamValidator} produces. Read them once, when
 * the effect is created; these getters are not for the frame path.
 */
public final class EffectParams {

    private final EffectSpec spec;
    private final Map<String, Object> values;

    public EffectParams(EffectSpec spec, Map<String, Object> values) {
        this.spec = spec;
        this.values = Map.copyOf(values);
    }

    public static EffectParams defaults(EffectSpec spec) {
        return new EffectParams(spec, Map.of());
    }

    public EffectSpec spec() {
        return spec;
    }

    public int integer(String name) {
        return ((Number) value(name)).intValue();
    }

    public double number(String name) {
        return ((Number) value(name)).doubleValue();
    }

    public boolean bool(String name) {
        return (Boolean) value(name);
    }

    public String text(String name) {
        return (String) value(name);
    }

    /** A colour parameter as packed {@code 0xRRGGBB}. */
    public int color(String name) {
        return parseColor((String) value(name));
    }

    /** A colour-list parameter as packed {@code 0xRRGGBB} values. */
    public int[] colors(String name) {
        List<?> list = (List<?>) value(name);
        int[] result = new int[list.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = parseColor((String) list.get(i));
        }
        return result;
    }

    /** An image parameter's bytes; empty when none was given. */
    public byte[] image(String name) {
        String base64 = (String) value(name);
        return base64 == null || base64.isEmpty() ? new byte[0] : Base64.getDecoder().decode(base64);
    }

    private Object value(String name) {
        Object given = values.get(name);
        if (given != null) {
            return given;
        }
        ParamSpec param = spec.param(name).orElseThrow(() ->
                new IllegalArgumentException("effect '" + spec.id() + "' declares no parameter '" + name + "'"));
        return param.defaultValue();
    }

    static int parseColor(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        return Integer.parseInt(digits, 16) & 0xffffff;
    }
}
