package dev.ledfleet.protocol.effect;

import static dev.ledfleet.protocol.effect.ParamSpec.bool;
import static dev.ledfleet.protocol.effect.ParamSpec.choice;
import static dev.ledfleet.protocol.effect.ParamSpec.color;
import static dev.ledfleet.protocol.effect.ParamSpec.colors;
import static dev.ledfleet.protocol.effect.ParamSpec.integer;
import static dev.ledfleet.protocol.effect.ParamSpec.number;
import static dev.ledfleet.protocol.effect.ParamSpec.text;

import java.util.List;

/**
 * The effects every ledfleet agent ships. Parameter names and meanings follow Adafruit's
 * CircuitPython LED Animation library where an effect comes from there ({@code speed} is seconds per
 * animation step, {@code period} seconds per cycle), written in kebab-case.
 */
final class StandardEffects {

    private StandardEffects() {
    }

    static ParamSpec speed(double defaultSeconds) {
        return number("speed", "Seconds per step", defaultSeconds, 0.005, 10);
    }

    static List<EffectSpec> all() {
        List<EffectSpec> all = new java.util.ArrayList<>(AnimationEffectSpecs.all());
        all.addAll(MatrixEffectSpecs.all());
        return List.copyOf(all);
    }
}
