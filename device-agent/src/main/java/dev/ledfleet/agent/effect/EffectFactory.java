package dev.ledfleet.agent.effect;

/** Makes an effect for one start: a constructor reference of the effect class. */
@FunctionalInterface
public interface EffectFactory {
    Effect create(EffectSetup setup);
}
