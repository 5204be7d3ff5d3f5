package dev.ledfleet.agent.effect;

/**
 * The library's pulse: intensity climbs in a straight line from the minimum to the maximum over half
 * the period and falls back over the other half; {@code breath} adds a hold of that length at the
 * bottom (split around the cycle's start) and another at the top, so a cycle lasts
 * {@code period + 2 * breath} seconds and starts at the minimum.
 */
final class PulseWave {

    private final double cycleMs;
    private final double halfBreathMs;
    private final double min;
    private final double max;

    PulseWave(EffectParams params) {
        double breath = params.number("breath");
        this.cycleMs = (params.number("period") + 2 * breath) * 1000;
        this.halfBreathMs = breath * 1000 / 2;
        this.min = params.number("min-intensity");
        this.max = params.number("max-intensity");
    }

    /** Intensity from 0 to 1 at {@code timeMs} after the start. */
    double intensity(double timeMs) {
        double pos = timeMs - Math.floor(timeMs / cycleMs) * cycleMs;
        double half = cycleMs / 2;
        if (pos > half) {
            pos = cycleMs - pos;
        }
        if (pos <= halfBreathMs) {
            return min;
        }
        if (pos >= half - halfBreathMs) {
            return max;
        }
        return min + (pos - halfBreathMs) / (half - 2 * halfBreathMs) * (max - min);
    }

    long cycles(double timeMs) {
        return (long) Math.floor(timeMs / cycleMs);
    }
}
