package dev.ledfleet.protocol.effect;

import static dev.ledfleet.protocol.effect.ParamSpec.bool;
import static dev.ledfleet.protocol.effect.ParamSpec.choice;
import static dev.ledfleet.protocol.effect.ParamSpec.color;
import static dev.ledfleet.protocol.effect.ParamSpec.colors;
import static dev.ledfleet.protocol.effect.ParamSpec.image;
import static dev.ledfleet.protocol.effect.ParamSpec.integer;
import static dev.ledfleet.protocol.effect.ParamSpec.number;
import static dev.ledfleet.protocol.effect.ParamSpec.text;
import static dev.ledfleet.protocol.effect.StandardEffects.speed;

import java.util.List;

/**
 * Sprites, text, clocks, the classics WLED users expect, and the wiring test. Public so the agent's
 * tests can check that each of these ids has exactly one implementation.
 */
public final class MatrixEffectSpecs {

    /** A sprite image must fit in one MQTT command with room to spare. */
    public static final int MAX_IMAGE_BYTES = 48 * 1024;

    private MatrixEffectSpecs() {
    }

    public static List<EffectSpec> all() {
        return List.of(
                EffectSpec.twoD("sprite", "Sprite",
                        "A multi-frame bitmap from a PNG sheet or an animated GIF plays on the grid.",
                        image("image", "Image (PNG or GIF)", MAX_IMAGE_BYTES),
                        integer("frame-width", "Frame width (0 = grid width)", 0, 0, 256),
                        integer("frame-height", "Frame height (0 = grid height)", 0, 0, 256),
                        number("fps", "Frames per second", 8, 0.1, 60),
                        bool("gif-timing", "Use an animated GIF's own frame delays", true),
                        bool("center", "Centre on the grid", true),
                        integer("offset-x", "Offset x", 0, -256, 256),
                        integer("offset-y", "Offset y", 0, -256, 256),
                        color("background", "Background", "#000000")),
                EffectSpec.twoD("text-scroll", "Scrolling text", "Text in a bitmap font scrolls across the grid.",
                        speed(0.08), text("text", "Text", "ledfleet", 256), color("color", "Colour", "#ffffff"),
                        color("background", "Background", "#000000"),
                        choice("direction", "Direction", "left", List.of("left", "right", "up", "down")),
                        integer("spacing", "Letter spacing", 1, 0, 8),
                        integer("line-spacing", "Line spacing", 1, 0, 8)),
                EffectSpec.twoD("time-scroll", "Clock",
                        "The time of day; still when it fits, scrolling when it does not.",
                        speed(0.08), choice("format", "Format", "HH:MM", List.of("HH:MM", "HH:MM:SS")),
                        choice("clock", "Clock", "24h", List.of("24h", "12h")),
                        text("time-zone", "Time zone", "UTC", 64),
                        color("color", "Colour", "#ffffff"), color("background", "Background", "#000000"),
                        integer("spacing", "Letter spacing", 1, 0, 8)),
                EffectSpec.twoD("countdown-scroll", "Countdown",
                        "The time left until a target, then a message; still when it fits, scrolling when it does not.",
                        speed(0.08), text("target", "Target (2026-12-31T23:59 or 18:30)", "00:00", 32),
                        text("time-zone", "Time zone", "UTC", 64),
                        text("message", "Message when reached", "Now!", 64),
                        color("color", "Colour", "#ffffff"), color("background", "Background", "#000000"),
                        integer("spacing", "Letter spacing", 1, 0, 8)),
                EffectSpec.twoD("fire", "Fire", "Flames flicker up from the bottom of each column (along a strip).",
                        speed(0.015), integer("cooling", "Cooling", 55, 20, 100),
                        integer("sparking", "Sparking", 120, 50, 200)),
                EffectSpec.oneD("twinkle", "Twinkle", "Pixels gently fade in and out at random, like stars.",
                        number("period", "Seconds per twinkle", 2, 0.2, 30), integer("density", "Density", 64, 1, 255),
                        colors("colors", "Colours", List.of("#ffd08a", "#ffffff", "#8ab4ff"), 1, 16),
                        color("background", "Background", "#000000")),
                EffectSpec.oneD("wipe", "Wipe",
                        "A colour fills the strip pixel by pixel, then the background wipes it away.",
                        speed(0.05), color("color", "Colour", "#ff0000"), color("background", "Background", "#000000"),
                        bool("reverse", "Reverse", false)),
                EffectSpec.oneD("scanner", "Scanner",
                        "A Larson scanner: an eye sweeps back and forth with a fading trail.",
                        speed(0.03), color("color", "Colour", "#ff0000"), color("background", "Background", "#000000"),
                        integer("size", "Eye size", 1, 1, 64), integer("tail-length", "Trail length", 4, 0, 64)),
                EffectSpec.oneD("meteor", "Meteor", "A bright meteor shoots along the strip leaving a crumbling trail.",
                        speed(0.03), color("color", "Colour", "#ffffff"), color("background", "Background", "#000000"),
                        integer("size", "Meteor size", 2, 1, 64), integer("tail-length", "Trail length", 12, 1, 256),
                        bool("random-decay", "Crumbling trail", true), bool("reverse", "Reverse", false)),
                EffectSpec.twoD("fireworks", "Fireworks", "Bursts of sparks in random colours explode and fall.",
                        number("interval", "Seconds between bursts", 0.8, 0.1, 10),
                        number("lifetime", "Burst lifetime (s)", 1.2, 0.2, 5),
                        integer("sparks", "Sparks per burst", 12, 4, 32),
                        number("burst-speed", "Spark speed (pixels/s)", 8, 1, 50),
                        color("background", "Background", "#000000")),
                EffectSpec.twoD("plasma", "Plasma", "Smooth rainbow plasma blobs swirl across the grid.",
                        number("period", "Period (s)", 8, 0.5, 120), number("scale", "Scale", 1, 0.1, 8)),
                EffectSpec.oneD("candle", "Candle", "A warm light flickers like a candle flame.",
                        speed(0.1), color("color", "Colour", "#ff9329"),
                        number("intensity", "Flicker depth", 0.5, 0, 1),
                        bool("multi", "Each pixel its own flame", false)),
                EffectSpec.twoD("layout-test", "Layout test",
                        "Wiring check: (0,0) red, top-right green, bottom-left blue, everything else off."));
    }
}
