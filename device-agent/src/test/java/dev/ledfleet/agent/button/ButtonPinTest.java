package dev.ledfleet.agent.button;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ButtonPinTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "17                               | gpiochip0 | 17 | UP   | true",
            "gpiochip4:27                     | gpiochip4 | 27 | UP   | true",
            "22:pull-down:active-high         | gpiochip0 | 22 | DOWN | false",
            "gpiochip0:5:no-pull:active-low   | gpiochip0 | 5  | NONE | true"})
    void parse_readsChipLinePullAndPolarity(String text, String chip, int line, ButtonPin.Pull pull, boolean activeLow) {
        assertEquals(new ButtonPin(chip, line, pull, activeLow), ButtonPin.parse(text));
    }

    @Test
    void parse_withoutLine_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ButtonPin.parse("gpiochip0:pull-up"));
        assertTrue(e.getMessage().contains("no line number"), e.getMessage());
    }

    @Test
    void parse_unknownWord_isNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ButtonPin.parse("17:pullup"));
        assertTrue(e.getMessage().contains("'pullup'"), e.getMessage());
    }

    @Test
    void handleFlags_defaultPin_isInputActiveLowWithPullUp() {
        assertEquals(1 | 4 | 32, GpioButton.handleFlags(ButtonPin.parse("17")));
    }

    @Test
    void open_missingChip_saysWhichDevice() {
        try (ButtonDriver driver = new ButtonDriver("test", ButtonTimings.DEFAULT, g -> { })) {
            IOException e = assertThrows(IOException.class,
                    () -> GpioButton.open(ButtonPin.parse("gpiochip97:17"), driver));
            assertTrue(e.getMessage().contains("/dev/gpiochip97"), e.getMessage());
        }
    }

    @Test
    void edgeTime_monotonicKernelStamp_isKept() {
        assertEquals(99_990, GpioButton.edgeTime(99_990, 100_000));
    }

    @Test
    void edgeTime_realTimeKernelStamp_fallsBackToTheReadTime() {
        assertEquals(100_000, GpioButton.edgeTime(1_764_876_000_000L, 100_000));
    }

    @Test
    void lineEventIoctl_matchesLinuxGpioHeader() {
        // _IOWR(0xB4, 0x04, struct gpioevent_request): read|write (3 << 30), size 48.
        assertEquals((3 << 30) | (48 << 16) | (0xB4 << 8) | 0x04, GpioButton.GPIO_GET_LINEEVENT_IOCTL);
    }
}
