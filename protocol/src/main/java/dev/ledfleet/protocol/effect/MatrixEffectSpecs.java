package dev.ledfleet.protocol.effect;

import static dev.ledfleet.protocol.effect.ParamSpec.bool;
import static dev.ledfleet.protocol.effect.ParamSpec.choice;
import static dev.ledfleet.protocol.effect.ParamSpec.color;
import static dev.ledfleet.protocol.effect.ParamSpec.colors;
import static dev.ledfleet.protocol.effect.ParamSpec.integer;
import static dev.ledfleet.protocol.effect.ParamSpec.number;
import static dev.ledfleet.protocol.effect.ParamSpec.text;
import static dev.ledfleet.protocol.effect.StandardEffects.speed;

import java.util.List;

/** Sprites, text, clocks, the classics WLED users expect, and the wiring test. */
final class MatrixEffectSpecs {

    private MatrixEffectSpecs() {
    }

    static List<EffectSpec> all() {
        return List.of(
                EffectSpec.twoD("text-scroll", "Scrolling text", "Text in a bitmap font scrolls across the grid.",
                        speed(0.08), text("text", "Text", "ledfleet", 256), color("color", "Colour", "#ffffff"),
                        color("background", "Background", "#000000"),
                        choice("direction", "Direction", "left", List.of("left", "right", "up", "down"))),
                EffectSpec.twoD("layout-test", "Layout test",
                        "Wiring check: (0,0) red, top-right green, bottom-left blue, everything else off."));
    }
}
