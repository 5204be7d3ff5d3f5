package dev.ledfleet.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ledfleet.protocol.message.FrameStats;
import org.junit.jupiter.api.Test;

class FrameMeterTest {

    private static final long PERIOD = 16_666_667;
    private static final long SECOND = 1_000_000_000;

    @Test
    void steadyFrames_give60fps_noJitter_noDrops() {
        FrameMeter meter = new FrameMeter(PERIOD, SECOND);
        for (int i = 0; i <= 61; i++) {
            meter.record(i * PERIOD, 40_000, 0);
        }
        FrameStats stats = meter.stats();
        assertThat(stats.fps()).isCloseTo(60, within(0.2));
        assertThat(stats.renderUs()).isEqualTo(40);
        assertThat(stats.jitterUs()).isZero();
        assertThat(stats.droppedFrames()).isZero();
    }

    @Test
    void framesAlternatingEarlyAndLate_reportMeanDeviationAsJitter() {
        FrameMeter meter = new FrameMeter(PERIOD, SECOND);
        for (int i = 0; i <= 61; i++) {
            long offset = (i % 2 == 0) ? 0 : 100_000;
            meter.record(i * PERIOD + offset, 10_000, 0);
        }
        assertThat(meter.stats().jitterUs()).isEqualTo(100);
    }

    @Test
    void droppedSlots_areCounted_andNotTakenAsJitter() {
        FrameMeter meter = new FrameMeter(PERIOD, SECOND);
        long t = 0;
        for (int i = 0; i <= 70; i++) {
            long missed = i == 30 ? 3 : 0;
            t += (missed + 1) * PERIOD;
            meter.record(t, 10_000, missed);
        }
        FrameStats stats = meter.stats();
        assertThat(stats.droppedFrames()).isEqualTo(3);
        assertThat(stats.jitterUs()).isZero();
        assertThat(stats.fps()).isLessThan(59);
    }

    @Test
    void beforeFirstWindow_statsAreZero() {
        FrameMeter meter = new FrameMeter(PERIOD, SECOND);
        meter.record(0, 10_000, 0);
        assertThat(meter.stats()).isEqualTo(new FrameStats(0, 0, 0, 0));
    }
}
