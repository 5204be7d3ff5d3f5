package dev.ledfleet.agent.effect;

/**
 * Turns the time since an effect started into the library's animation steps: step {@code k} covers
 * {@code [k * speed, (k + 1) * speed)}. Kept in whole microseconds so that, say, 300 ms at a speed of
 * 0.1 s is exactly step 3 and not 2.9999 rounded down.
 */
final class StepClock {

    private final long micros;

    StepClock(double speedSeconds) {
        this.micros = Math.max(1, Math.round(speedSeconds * 1_000_000));
    }

    static StepClock of(EffectSetup setup) {
        return new StepClock(setup.params().number("speed"));
    }

    /** The step being shown at {@code timeMs}; time before the start counts as step 0. */
    long step(long timeMs) {
        return timeMs <= 0 ? 0 : timeMs * 1000 / micros;
    }

    /** When {@code step} began, in milliseconds: the time that time-driven effects sample at. */
    double startMs(long step) {
        return step * (double) micros / 1000.0;
    }
}
