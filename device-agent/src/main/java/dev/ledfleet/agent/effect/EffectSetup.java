package dev.ledfleet.agent.effect;

/**
 * What an effect is started with: its parameters (defaults filled in), the size of the canvas it will
 * draw on, a seed for anything random (so two devices given the same seed draw the same), and the
 * wall-clock time of the effect's start in epoch milliseconds, for clocks and countdowns. Effects add
 * the {@code timeMs} they are given to {@code startEpochMs}; they never read a clock.
 */
public record EffectSetup(EffectParams params, int width, int height, long seed, long startEpochMs) {
}
