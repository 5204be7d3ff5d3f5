package dev.ledfleet.protocol.message;

import java.util.function.Function;

/**
 * Runs a check on many generated inputs. Each run takes a fresh seed (or the one given with
 * {@code -Dledfleet.property.seed}), and a failure names the seed and the input, so it can be
 * replayed exactly.
 */
final class PropertyCheck {

    @FunctionalInterface
    interface Check<T> {
        void accept(T input) throws Exception;
    }

    private PropertyCheck() {
    }

    static <T> void forAll(int tries, Function<Draw, T> generator, Check<T> check) {
        String fixed = System.getProperty("ledfleet.property.seed");
        long seed = fixed != null ? Long.parseLong(fixed) : System.nanoTime();
        Draw draw = new Draw(seed);
        for (int i = 0; i < tries; i++) {
            T input = generator.apply(draw);
            try {
                check.accept(input);
            } catch (Exception | AssertionError e) {
                throw new AssertionError("failed on try " + (i + 1) + " of " + tries
                        + " (replay with -Dledfleet.property.seed=" + seed + ") for input " + shown(input) + ": " + e, e);
            }
        }
    }

    private static String shown(Object input) {
        String text = input instanceof byte[] bytes
                ? bytes.length + " bytes: " + new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                : String.valueOf(input);
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
}
