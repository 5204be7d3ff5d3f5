package dev.ledfleet.agent.effect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PacmanTest {

    private static final int RED = 0xff0000;
    private static final int PURPLE = 0xb400ff;
    private static final int CYAN = 0x00ffff;
    private static final int ORANGE = 0xff2800;
    private static final int YELLOW = 0xff9600;
    private static final int PELLET = 0xff8800;
    private static final int BLUE = 0x0000ff;

    private final EffectRig rig = EffectRig.strip("pacman", 24, Map.of("speed", 0.1));

    @Test
    void pacman_start_ghostsChasePacmanTowardsTheLitPellet() {
        int[] frame = rig.frame(0);

        assertThat(frame[10]).isEqualTo(YELLOW);
        assertThat(frame[6]).isEqualTo(RED);
        assertThat(frame[4]).isEqualTo(PURPLE);
        assertThat(frame[2]).isEqualTo(CYAN);
        assertThat(frame[0]).isEqualTo(ORANGE);
        assertThat(frame[23]).isEqualTo(PELLET);
        assertThat(EffectRig.lit(frame)).isEqualTo(6);
    }

    @Test
    void pacman_everyoneMovesOnePixelPerStep() {
        int[] frame = rig.frame(300);

        assertThat(frame[13]).isEqualTo(YELLOW);
        assertThat(frame[9]).isEqualTo(RED);
        assertThat(frame[3]).isEqualTo(ORANGE);
    }

    @Test
    void pacman_atThePellet_ghostsTurnBlueAndEveryoneHeadsBack() {
        int[] turn = rig.frame(1200);
        assertThat(turn[22]).isEqualTo(YELLOW);
        assertThat(turn).containsSubsequence(BLUE, BLUE, BLUE, BLUE);
        assertThat(turn[12]).isEqualTo(BLUE);
        assertThat(turn[18]).isEqualTo(BLUE);
        assertThat(turn[23]).as("the pellet blinks off in its second second").isZero();

        int[] back = rig.frame(1300);
        assertThat(back[21]).isEqualTo(YELLOW);
        assertThat(back[11]).isEqualTo(BLUE);
        assertThat(back[17]).isEqualTo(BLUE);
    }

    @Test
    void pacman_ghostsNearlyHome_blinkBetweenDarkAndTheirColours() {
        int[] dark = rig.frame(1600);
        assertThat(dark[18]).isEqualTo(YELLOW);
        assertThat(EffectRig.lit(dark)).as("only Pac-Man shows").isEqualTo(1);

        int[] shown = rig.frame(1700);
        assertThat(shown[17]).isEqualTo(YELLOW);
        assertThat(shown[13]).isEqualTo(RED);
        assertThat(shown[7]).isEqualTo(ORANGE);
    }

    @Test
    void pacman_cycle_endsBackAtTheStart() {
        assertThat(rig.frame(2400)).isEqualTo(rig.frame(0));
        assertThat(rig.effect().cyclesCompleted(2300)).isZero();
        assertThat(rig.effect().cyclesCompleted(2400)).isEqualTo(1);
    }
}
