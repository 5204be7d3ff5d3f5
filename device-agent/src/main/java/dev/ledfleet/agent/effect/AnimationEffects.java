package dev.ledfleet.agent.effect;

import java.util.LinkedHashMap;
import java.util.Map;

/** The effects of Adafruit's CircuitPython LED Animation library, by catalog id. */
final class AnimationEffects {

    private AnimationEffects() {
    }

    /** Every effect of this family; a test holds it equal to {@code AnimationEffectSpecs}. */
    static Map<String, EffectFactory> factories() {
        Map<String, EffectFactory> table = new LinkedHashMap<>();
        table.put("solid", Solid::new);
        table.put("blink", Blink::new);
        table.put("color-cycle", ColorCycle::new);
        table.put("chase", Chase::new);
        table.put("custom-color-chase", CustomColorChase::new);
        table.put("rainbow-chase", RainbowChase::new);
        table.put("comet", Comet::new);
        table.put("rainbow-comet", RainbowComet::new);
        table.put("multicolor-comet", MulticolorComet::new);
        table.put("pulse", Pulse::new);
        table.put("rainbow", Rainbow::new);
        table.put("rainbow-sparkle", RainbowSparkle::new);
        table.put("sparkle", Sparkle::new);
        table.put("sparkle-pulse", SparklePulse::new);
        table.put("pacman", Pacman::new);
        table.put("rain", Rain::new);
        table.put("rainbow-rain", RainbowRain::new);
        table.put("matrix-rain", MatrixRain::new);
        return table;
    }

    static void registerAll(EffectRegistry registry) {
        factories().forEach(registry::register);
    }
}
