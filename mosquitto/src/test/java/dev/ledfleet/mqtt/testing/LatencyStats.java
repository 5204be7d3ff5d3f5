package dev.ledfleet.mqtt.testing;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles of a set of latency samples, in milliseconds, for load harnesses and benchmarks. */
public record LatencyStats(int count, double p50Ms, double p90Ms, double p99Ms, double maxMs) {

    public static LatencyStats ofNanos(long[] samples) {
        if (samples.length == 0) {
            return new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n=%d p50=%.3f ms p90=%.3f ms p99=%.3f ms max=%.3f ms",
                count, p50Ms, p90Ms, p99Ms, maxMs);
    }
}
