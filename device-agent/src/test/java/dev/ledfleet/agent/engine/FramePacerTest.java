package dev.ledfleet.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FramePacerTest {

    private static final long PERIOD = 16_666_666;

    @Test
    void deadlines_areCountedFromStart_soLateFramesDoNotDrift() {
        FramePacer pacer = new FramePacer(PERIOD, 1_000);
        for (int frame = 0; frame < 100; frame++) {
            long deadline = pacer.nextDeadline();
            assertThat(deadline).isEqualTo(1_000 + frame * PERIOD);
            // every frame starts 2 ms late; the schedule must not slip by 2 ms per frame
            assertThat(pacer.begin(deadline + 2_000_000)).isZero();
        }
        assertThat(pacer.nextDeadline()).isEqualTo(1_000 + 100 * PERIOD);
    }

    @Test
    void begin_aWholePeriodLate_dropsMissedSlots_andStaysOnGrid() {
        FramePacer pacer = new FramePacer(PERIOD, 0);
        pacer.begin(0);
        long missed = pacer.begin(PERIOD + 2 * PERIOD + PERIOD / 2);
        assertThat(missed).isEqualTo(2);
        assertThat(pacer.frameDeadline()).isEqualTo(3 * PERIOD);
        assertThat(pacer.nextDeadline()).isEqualTo(4 * PERIOD);
    }

    @Test
    void begin_justUnderAPeriodLate_dropsNothing() {
        FramePacer pacer = new FramePacer(PERIOD, 0);
        assertThat(pacer.begin(PERIOD - 1)).isZero();
        assertThat(pacer.nextDeadline()).isEqualTo(PERIOD);
    }
}
