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

/** Effects from Adafruit's CircuitPython LED Animation library, with its parameter names in kebab-case. */
final class AnimationEffectSpecs {

    private AnimationEffectSpecs() {
    }

    static List<EffectSpec> all() {
        return List.of(
                EffectSpec.oneD("solid", "Solid", "Every pixel one colour.",
                        color("color", "Colour", "#ffffff")),
                EffectSpec.oneD("blink", "Blink", "All pixels flash between a colour and the background.",
                        speed(0.5), color("color", "Colour", "#ff0000"), color("background", "Background", "#000000")),
                EffectSpec.oneD("color-cycle", "Colour cycle", "All pixels step through a list of colours.",
                        speed(0.5), colors("colors", "Colours",
                                List.of("#ff0000", "#ffff00", "#00ff00", "#00ffff", "#0000ff", "#ff00ff"), 1, 16)),
                EffectSpec.oneD("chase", "Chase", "Bars of colour separated by gaps march along the strip.",
                        speed(0.1), color("color", "Colour", "#ff0000"), color("background", "Background", "#000000"),
                        integer("size", "Bar size", 2, 1, 256), integer("spacing", "Gap", 3, 0, 256),
                        bool("reverse", "Reverse", false)),
                EffectSpec.oneD("custom-color-chase", "Custom colour chase",
                        "Bars of colour take turns from a list of colours as they march along.",
                        speed(0.1), colors("colors", "Colours", List.of("#ff0000", "#00ff00", "#0000ff"), 1, 16),
                        integer("size", "Bar size", 2, 1, 256), integer("spacing", "Gap", 3, 0, 256),
                        bool("reverse", "Reverse", false)),
                EffectSpec.oneD("comet", "Comet", "A bright head with a fading tail runs along the strip.",
                        speed(0.05), color("color", "Colour", "#ff0000"), color("background", "Background", "#000000"),
                        integer("tail-length", "Tail length", 10, 1, 256), bool("reverse", "Reverse", false),
                        bool("bounce", "Bounce", false), bool("ring", "Ring", false)),
                EffectSpec.oneD("pulse", "Pulse", "The whole strip breathes in and out.",
                        speed(0.02), color("color", "Colour", "#ff0000"), number("period", "Period (s)", 5, 0.1, 120),
                        number("breath", "Pause at bottom (s)", 0, 0, 60),
                        number("min-intensity", "Minimum intensity", 0, 0, 1),
                        number("max-intensity", "Maximum intensity", 1, 0, 1)),
                EffectSpec.oneD("rainbow", "Rainbow", "A rainbow flows along the strip.",
                        speed(0.02), number("period", "Period (s)", 5, 0.1, 120), integer("step", "Hue step", 1, 1, 255),
                        bool("precompute", "Precompute", true)),
                EffectSpec.oneD("sparkle", "Sparkle", "Random pixels flash and fade against a dimmed colour.",
                        speed(0.05), color("color", "Colour", "#ffffff"),
                        integer("num-sparkles", "Sparkles", 1, 1, 256)));
    }
}
