package dev.ledfleet.agent.color;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PowerLimiterTest {

    @Test
    void model_fullWhite16x16_isAbout15Amps() {
        int[] panel = new int[256];
        Arrays.fill(panel, 0xffffff);
        assertThat(PowerModel.WS2812.estimateMa(panel, 256)).isCloseTo(15_616, within(0.5));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 1000, 2000, 4000, 10_000})
    void limit_fullWhite_staysWithinBudget(int budget) {
        int[] panel = new int[256];
        Arrays.fill(panel, 0xffffff);
        PowerLimiter limiter = new PowerLimiter(budget, PowerModel.WS2812);
        limiter.limit(panel, 256);
        double estimate = PowerModel.WS2812.estimateMa(panel, 256);
        assertThat(estimate).isLessThanOrEqualTo(budget);
        // and it does not throw away more than one step per channel
        assertThat(estimate).isGreaterThan(budget - 256 * 3 * 20 / 255.0 - 1);
    }

    @Test
    void limit_frameUnderBudget_isUntouched() {
        int[] pixels = {0x100000, 0x000010, 0};
        PowerLimiter limiter = new PowerLimiter(1000, PowerModel.WS2812);
        assertThat(limiter.limit(pixels, 3)).isEqualTo(65_536);
        assertThat(pixels).containsExactly(0x100000, 0x000010, 0);
    }

    @Test
    void limit_keepsColourProportions() {
        int[] pixels = {0xff8000};
        // 1 mA idle + 20 * (255 + 128) / 255 = 31 mA wanted; a 16 mA budget leaves 15 for the channels: half
        new PowerLimiter(16, PowerModel.WS2812).limit(pixels, 1);
        assertThat(Integer.toHexString(pixels[0])).isEqualTo("7f3f00");
    }

    @Test
    void limit_budgetBelowIdle_turnsFrameOff() {
        int[] pixels = {0xffffff, 0xffffff};
        assertThat(new PowerLimiter(1, PowerModel.WS2812).limit(pixels, 2)).isZero();
        assertThat(pixels).containsExactly(0, 0);
    }

    @Test
    void unlimited_neverScales() {
        int[] panel = new int[256];
        Arrays.fill(panel, 0xffffff);
        new PowerLimiter(PowerLimiter.UNLIMITED, PowerModel.WS2812).limit(panel, 256);
        assertThat(panel[0]).isEqualTo(0xffffff);
    }
}
