package dev.ledfleet.protocol.effect;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry of the effect catalog:
 * {@code {"id":"comet","name":"Comet","description":"A bright head with a fading tail runs along the strip.",
 * "dimensions":"1d","params":[...]}}.
 */
public record EffectSpec(String id, String name, String description, Dimensions dimensions, List<ParamSpec> params) {

    public EffectSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(dimensions, "dimensions");
        params = List.copyOf(params);
    }

    public static EffectSpec oneD(String id, String name, String description, ParamSpec... params) {
        return new EffectSpec(id, name, description, Dimensions.ONE_D, List.of(params));
    }

    public static EffectSpec twoD(String id, String name, String description, ParamSpec... params) {
        return new EffectSpec(id, name, description, Dimensions.TWO_D, List.of(params));
    }

    public Optional<ParamSpec> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }
}
