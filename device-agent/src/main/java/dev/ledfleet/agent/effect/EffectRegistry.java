package dev.ledfleet.agent.effect;

import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.effect.EffectSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps each catalog effect id to the class that draws it. A test checks that every effect of the
 * catalog has exactly one implementation here.
 */
public final class EffectRegistry {

    private static final EffectRegistry STANDARD = createStandard();

    private final Map<String, EffectFactory> factories = new HashMap<>();

    private static EffectRegistry createStandard() {
        EffectRegistry registry = new EffectRegistry();
        AnimationEffects.registerAll(registry);
        MatrixEffects.registerAll(registry);
        return registry;
    }

    public static EffectRegistry standard() {
        return STANDARD;
    }

    void register(String id, EffectFactory factory) {
        if (factories.put(id, factory) != null) {
            throw new IllegalStateException("effect registered twice: " + id);
        }
    }

    public Optional<EffectFactory> find(String id) {
        return Optional.ofNullable(factories.get(id));
    }

    public boolean supports(String id) {
        return factories.containsKey(id);
    }

    /** The catalog effects this registry can draw, in catalog order. */
    public java.util.List<String> supported(EffectCatalog catalog) {
        return catalog.all().stream().map(EffectSpec::id).filter(factories::containsKey).toList();
    }
}
