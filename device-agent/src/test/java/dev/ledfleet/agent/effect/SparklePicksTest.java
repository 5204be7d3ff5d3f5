package dev.ledfleet.agent.effect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SparklePicksTest {

    @Test
    void pick_givesCountDistinctPixelsPerStep() {
        SparklePicks picks = new SparklePicks(10, 4, 5);

        for (long step = 0; step < 200; step++) {
            int[] at = picks.pick(step);
            Set<Integer> distinct = new HashSet<>();
            for (int i = 0; i < picks.count(); i++) {
                assertThat(at[i]).isBetween(0, 9);
                distinct.add(at[i]);
            }
            assertThat(distinct).hasSize(4);
        }
    }

    @Test
    void pick_moreSparklesThanPixels_picksEveryPixel() {
        SparklePicks picks = new SparklePicks(5, 50, 5);

        assertThat(picks.count()).isEqualTo(5);
        int[] at = picks.pick(3).clone();
        java.util.Arrays.sort(at);
        assertThat(at).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void history_steppedOneAtATime_equalsHistoryComputedAfresh() {
        // A look-back of 25 steps for 24 pixels leaves pixels outside it at most steps.
        SparklePicks stepped = new SparklePicks(24, 1, 9, 1);
        int fellOut = 0;

        for (long step = 0; step <= 2000; step++) {
            long[] incremental = stepped.history(step).clone();
            long[] afresh = new SparklePicks(24, 1, 9, 1).history(step);
            assertThat(incremental).as("step %d", step).isEqualTo(afresh);
            fellOut += java.util.Arrays.stream(afresh).filter(at -> at == SparklePicks.LONG_AGO).count();
        }
        assertThat(fellOut).as("the look-back really slid past sparkles").isPositive();
    }

    @Test
    void history_marksTheLatestStepEachPixelSparkled() {
        SparklePicks picks = new SparklePicks(8, 2, 1);
        long[] history = picks.history(30).clone();

        for (int pixel = 0; pixel < 8; pixel++) {
            long last = history[pixel];
            if (last >= 0) {
                assertThat(contains(picks.pick(last), 2, pixel)).isTrue();
                for (long later = last + 1; later <= 30; later++) {
                    assertThat(contains(picks.pick(later), 2, pixel)).isFalse();
                }
            }
        }
    }

    private static boolean contains(int[] picked, int count, int pixel) {
        for (int i = 0; i < count; i++) {
            if (picked[i] == pixel) {
                return true;
            }
        }
        return false;
    }
}
