package dev.ledfleet.agent.color;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GammaTest {

    @ParameterizedTest
    @CsvSource({"0,0", "255,255", "128,37", "64,5", "1,0"})
    void standard_channel_followsPowerCurve(int level, int corrected) {
        assertThat(Gamma.standard().channel(level)).isEqualTo(corrected);
    }

    @Test
    void apply_correctsEachChannelSeparately() {
        assertThat(Gamma.standard().apply(0xff8000)).isEqualTo(0xff2500);
    }

    @Test
    void exponentOne_isIdentity() {
        Gamma linear = new Gamma(1);
        for (int level = 0; level < 256; level++) {
            assertThat(linear.channel(level)).isEqualTo(level);
        }
    }

    @Test
    void table_isMonotonic() {
        for (int level = 1; level < 256; level++) {
            assertThat(Gamma.standard().channel(level)).isGreaterThanOrEqualTo(Gamma.standard().channel(level - 1));
        }
    }

    @Test
    void exponentOutOfRange_isRejected() {
        assertThatThrownBy(() -> new Gamma(0.5)).hasMessageContaining("0.5");
    }
}
