package dev.ledfleet.protocol.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Objects;

/**
 * An effect with its parameters, as used in favourites and playlists:
 * {@code {"effect":"chase","params":{"color":"#ff0000"}}}. Parameters left out take their defaults.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EffectChoice(String effect, Map<String, Object> params) {

    public EffectChoice {
        Objects.requireNonNull(effect, "effect");
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public static EffectChoice of(String effect) {
        return new EffectChoice(effect, Map.of());
    }
}
