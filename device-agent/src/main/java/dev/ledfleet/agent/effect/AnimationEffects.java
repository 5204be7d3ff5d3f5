package dev.ledfleet.agent.effect;

/** The effects of Adafruit's CircuitPython LED Animation library. */
final class AnimationEffects {

    private AnimationEffects() {
    }

    static void registerAll(EffectRegistry registry) {
        registry.register("solid", Solid::new);
    }
}
