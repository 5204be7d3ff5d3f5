package dev.ledfleet.agent.effect;

/**
 * What an effect is started with: its parameters (defaults filled in), the size of the canvas it will
 * draw on, and a seed for anything random, so two devices given the same seed draw the same.
 */
public record EffectSetup(EffectParams params, int width, int height, long seed) {
}
