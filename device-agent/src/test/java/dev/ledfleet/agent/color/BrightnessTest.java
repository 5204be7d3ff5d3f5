package dev.ledfleet.agent.color;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BrightnessTest {

    @Test
    void half_halvesEveryChannel() {
        Brightness brightness = new Brightness(128);
        assertThat(brightness.apply(0xff8040)).isEqualTo(0x804020);
    }

    @Test
    void full_leavesPixelsAlone_andZeroTurnsThemOff() {
        int[] pixels = {0x123456, 0xffffff};
        new Brightness(255).apply(pixels, 2);
        assertThat(pixels).containsExactly(0x123456, 0xffffff);
        new Brightness(0).apply(pixels, 2);
        assertThat(pixels).containsExactly(0, 0);
    }

    @Test
    void set_rebuildsTable() {
        Brightness brightness = new Brightness(255);
        brightness.set(51);
        assertThat(brightness.apply(0xffffff)).isEqualTo(0x333333);
        assertThatThrownBy(() -> brightness.set(256)).hasMessageContaining("256");
    }
}
