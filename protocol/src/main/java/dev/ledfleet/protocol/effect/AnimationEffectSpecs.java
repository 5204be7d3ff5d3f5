package dev.ledfleet.protocol.effect;

import static dev.ledfleet.protocol.effect.ParamSpec.bool;
import static dev.ledfleet.protocol.effect.ParamSpec.color;
import static dev.ledfleet.protocol.effect.ParamSpec.colors;
import static dev.ledfleet.protocol.effect.ParamSpec.integer;
import static dev.ledfleet.protocol.effect.ParamSpec.number;
import static dev.ledfleet.protocol.effect.StandardEffects.speed;

import java.util.List;

/**
 * Effects from Adafruit's CircuitPython LED Animation library, with its parameter names in kebab-case
 * and its defaults where the library has one, such as
 * {@code {"id":"blink","name":"Blink","dimensions":"1d","params":[{"name":"speed","type":"number","default":0.5,...},...]}}.
 * Public so the agent can check that it draws exactly these.
 */
public final class AnimationEffectSpecs {

    /** The library's {@code RAINBOW} colour list: red, orange, yellow, green, blue, purple. */
    private static final List<String> RAINBOW =
            List.of("#ff0000", "#ff2800", "#ff9600", "#00ff00", "#0000ff", "#b400ff");

    private AnimationEffectSpecs() {
    }

    public static List<EffectSpec> all() {
        return List.of(
                EffectSpec.oneD("solid", "Solid", "Every pixel one colour.",
                        color("color", "Colour", "#ffffff")),
                EffectSpec.oneD("blink", "Blink", "All pixels flash between a colour and the background.",
                        speed(0.5), color("color", "Colour", "#ff0000"), color("background", "Background", "#000000")),
                EffectSpec.oneD("color-cycle", "Colour cycle", "All pixels step through a list of colours.",
                        speed(0.5), colors("colors", "Colours", RAINBOW, 1, 16)),
                EffectSpec.oneD("chase", "Chase", "Bars of colour separated by gaps march along the strip.",
                        speed(0.1), color("color", "Colour", "#ff0000"),
                        integer("size", "Bar size", 2, 1, 256), integer("spacing", "Gap", 3, 0, 256),
                        bool("reverse", "Reverse", false)),
                EffectSpec.oneD("custom-color-chase", "Custom colour chase",
                        "Bars take successive colours from a list as they march along.",
                        speed(0.1), colors("colors", "Colours", RAINBOW, 1, 16),
                        integer("size", "Bar size", 2, 1, 256), integer("spacing", "Gap", 3, 0, 256),
                        bool("reverse", "Reverse", false)),
                EffectSpec.oneD("rainbow-chase", "Rainbow chase",
                        "Bars march along, each one step further round the colour wheel than the last.",
                        speed(0.1), integer("size", "Bar size", 2, 1, 256), integer("spacing", "Gap", 3, 0, 256),
                        bool("reverse", "Reverse", false), integer("step", "Wheel step per bar", 8, 1, 255)),
                EffectSpec.oneD("comet", "Comet", "A bright head with a fading tail runs along the strip.",
                        speed(0.05), color("color", "Colour", "#ff0000"),
                        color("background-color", "Background", "#000000"),
                        integer("tail-length", "Tail length (0: a quarter of the strip)", 0, 0, 1024),
                        bool("reverse", "Reverse", false), bool("bounce", "Bounce", false),
                        bool("ring", "Ring (wraps round; bounce is ignored)", false)),
                EffectSpec.oneD("rainbow-comet", "Rainbow comet", "A comet whose tail runs round the colour wheel.",
                        speed(0.05), integer("tail-length", "Tail length", 10, 1, 1024),
                        bool("reverse", "Reverse", false), bool("bounce", "Bounce", false),
                        integer("colorwheel-offset", "Head hue (0-255)", 0, 0, 255),
                        integer("step", "Wheel step per pixel (0: spread over the tail)", 0, 0, 255),
                        bool("ring", "Ring (wraps round; bounce is ignored)", false)),
                EffectSpec.oneD("multicolor-comet", "Multicolour comet",
                        "A comet whose tail is split into bands of the given colours.",
                        speed(0.05), colors("colors", "Colours, tail to head", RAINBOW, 2, 16),
                        integer("tail-length", "Tail length (0: a quarter of the strip)", 0, 0, 1024),
                        bool("reverse", "Reverse", false), bool("bounce", "Bounce", false),
                        bool("ring", "Ring (wraps round; bounce is ignored)", false),
                        bool("off-pixels", "Turn pixels off behind the comet", true)),
                EffectSpec.oneD("pulse", "Pulse", "The whole strip breathes in and out.",
                        speed(0.02), color("color", "Colour", "#ff0000"), number("period", "Period (s)", 5, 0.1, 120),
                        number("breath", "Hold at the bottom and top (s)", 0, 0, 60),
                        number("min-intensity", "Minimum intensity", 0, 0, 1),
                        number("max-intensity", "Maximum intensity", 1, 0, 1)),
                EffectSpec.oneD("rainbow", "Rainbow", "A rainbow flows along the strip.",
                        speed(0.02), number("period", "Period (s)", 5, 0.1, 120),
                        number("step", "Wheel step per pixel", 1, 0.1, 255)),
                EffectSpec.oneD("rainbow-sparkle", "Rainbow sparkle",
                        "A dimmed rainbow flows along the strip while random pixels flash at full brightness.",
                        speed(0.05), number("period", "Period (s)", 5, 0.1, 120),
                        integer("num-sparkles", "Sparkles per step (0: one per 20 pixels)", 0, 0, 1024),
                        number("step", "Wheel step per pixel", 1, 0.1, 255),
                        number("background-brightness", "Rainbow brightness", 0.2, 0, 1)),
                EffectSpec.oneD("sparkle", "Sparkle",
                        "Random pixels flash the full colour, then stay lit at a quarter of it.",
                        speed(0.05), color("color", "Colour", "#ffffff"),
                        integer("num-sparkles", "Sparkles per step", 1, 1, 1024)),
                EffectSpec.oneD("sparkle-pulse", "Sparkle pulse",
                        "One random pixel per step takes the colour of a slow pulse and keeps it.",
                        speed(0.05), color("color", "Colour", "#ffffff"), number("period", "Period (s)", 5, 0.1, 120),
                        number("breath", "Hold at the bottom and top (s)", 0, 0, 60),
                        number("max-intensity", "Maximum intensity", 1, 0, 1),
                        number("min-intensity", "Minimum intensity", 0, 0, 1)),
                EffectSpec.oneD("pacman", "Pac-Man",
                        "Four ghosts chase Pac-Man to a blinking power pellet, turn blue and are chased back.",
                        speed(0.1)),
                EffectSpec.twoD("rain", "Rain", "Drops of one colour fall down the columns.",
                        speed(0.1), color("color", "Colour", "#0000ff"),
                        integer("count", "Drops at once", 1, 1, 256), integer("length", "Drop length", 3, 1, 64),
                        color("background", "Background", "#000000")),
                EffectSpec.twoD("rainbow-rain", "Rainbow rain",
                        "Drops of random colours fall down the columns, bright at the bottom and fading above.",
                        speed(0.1), integer("count", "Drops at once", 1, 1, 256),
                        integer("length", "Drop length", 3, 1, 64), color("background", "Background", "#000000")),
                EffectSpec.twoD("matrix-rain", "Matrix rain",
                        "Drops made of random shades of a colour fall down the columns, as in The Matrix.",
                        speed(0.1), color("color", "Colour", "#00ff00"),
                        integer("count", "Drops at once", 1, 1, 256), integer("length", "Drop length", 3, 1, 64),
                        color("background", "Background", "#004000")));
    }
}
