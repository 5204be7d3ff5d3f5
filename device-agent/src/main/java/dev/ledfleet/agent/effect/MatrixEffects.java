package dev.ledfleet.agent.effect;

/** Sprites, text, clocks, the WLED classics and the wiring test. */
final class MatrixEffects {

    private MatrixEffects() {
    }

    static void registerAll(EffectRegistry registry) {
        registry.register("layout-test", LayoutTest::new);
    }
}
