package dev.ledfleet.agent.effect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.color.Rgb;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChaseTest {

    private static final int R = 0xff0000;
    private static final int G = 0x00ff00;
    private static final int B = 0x0000ff;

    private static EffectRig chase(boolean reverse) {
        return EffectRig.strip("chase", 24,
                Map.of("speed", 0.1, "color", "#ff0000", "size", 2, "spacing", 3, "reverse", reverse));
    }

    @Test
    void chase_sizeAndSpacing_barsOfTwoGapsOfThree() {
        int[] frame = chase(false).frame(0);

        assertThat(frame).startsWith(R, R, 0, 0, 0, R, R, 0, 0, 0, R, R);
        assertThat(EffectRig.lit(frame)).isEqualTo(10);
    }

    @Test
    void chase_movesOnePixelTowardsTheEndPerStep() {
        int[] frame = chase(false).frame(100);

        assertThat(frame).startsWith(0, R, R, 0, 0, 0, R, R, 0, 0, 0);
        assertThat(chase(false).frame(500)).as("five steps later the pattern repeats").isEqualTo(chase(false).frame(0));
    }

    @Test
    void chase_reverse_movesTowardsTheStart() {
        int[] frame = chase(true).frame(100);

        assertThat(frame).startsWith(R, 0, 0, 0, R, R, 0, 0, 0, R, R);
    }

    @Test
    void chase_cyclesCompleted_everyStripLength() {
        EffectRig rig = chase(false);

        assertThat(rig.effect().cyclesCompleted(2300)).isZero();
        assertThat(rig.effect().cyclesCompleted(2400)).isEqualTo(1);
    }

    @Test
    void customColorChase_barsTakeTheColoursInOrderAndKeepThemAsTheyMove() {
        EffectRig rig = EffectRig.strip("custom-color-chase", 12,
                Map.of("speed", 0.1, "colors", List.of("#ff0000", "#00ff00", "#0000ff"), "size", 2, "spacing", 1));

        // From pixel 0 the list runs backwards, so bars reach the far end in list order.
        assertThat(rig.frame(0)).containsExactly(R, R, 0, B, B, 0, G, G, 0, R, R, 0);
        assertThat(rig.frame(100)).containsExactly(0, R, R, 0, B, B, 0, G, G, 0, R, R);
        assertThat(rig.frame(200)).containsExactly(G, 0, R, R, 0, B, B, 0, G, G, 0, R);
    }

    @Test
    void customColorChase_reverse_sendsTheSameBarsTheOtherWay() {
        EffectRig rig = EffectRig.strip("custom-color-chase", 12, Map.of("speed", 0.1,
                "colors", List.of("#ff0000", "#00ff00", "#0000ff"), "size", 2, "spacing", 1, "reverse", true));

        assertThat(rig.frame(100)).containsExactly(R, 0, B, B, 0, G, G, 0, R, R, 0, B);
    }

    @Test
    void rainbowChase_eachBarIsStepFurtherRoundTheWheel() {
        EffectRig rig = EffectRig.strip("rainbow-chase", 24, Map.of("speed", 0.1, "size", 2, "spacing", 3, "step", 32));
        int[] frame = rig.frame(0);

        assertThat(frame[0]).isEqualTo(Rgb.wheel(0));
        assertThat(frame[5]).isEqualTo(Rgb.wheel(256 - 32));
        assertThat(frame[10]).isEqualTo(Rgb.wheel(256 - 64));
        assertThat(frame[2]).isZero();
    }
}
