package dev.ledfleet.protocol.effect;

import dev.ledfleet.protocol.message.InvalidMessageException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every effect ledfleet knows, by id, in the order menus show them. */
public final class EffectCatalog {

    private static final EffectCatalog STANDARD = new EffectCatalog(StandardEffects.all());

    private final Map<String, EffectSpec> byId;
    private final List<EffectSpec> ordered;

    public EffectCatalog(List<EffectSpec> specs) {
        Map<String, EffectSpec> map = new LinkedHashMap<>();
        for (EffectSpec spec : specs) {
            if (map.put(spec.id(), spec) != null) {
                throw new IllegalArgumentException("effect id declared twice: " + spec.id());
            }
        }
        this.byId = Map.copyOf(map);
        this.ordered = List.copyOf(specs);
    }

    public static EffectCatalog standard() {
        return STANDARD;
    }

    public List<EffectSpec> all() {
        return ordered;
    }

    public List<String> ids() {
        return ordered.stream().map(EffectSpec::id).toList();
    }

    public Optional<EffectSpec> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The spec of {@code id}, or an error for {@code field} naming the unknown effect. */
    public EffectSpec require(String id, String field) throws InvalidMessageException {
        EffectSpec spec = byId.get(id);
        if (spec == null) {
            throw new InvalidMessageException(field, "unknown effect '" + abbreviate(id) + "'; known effects are " + ids());
        }
        return spec;
    }

    private static String abbreviate(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }
}
