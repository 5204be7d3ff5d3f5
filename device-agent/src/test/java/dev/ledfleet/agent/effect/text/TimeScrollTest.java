package dev.ledfleet.agent.effect.text;

import static dev.ledfleet.agent.effect.EffectFixture.frame;
import static dev.ledfleet.agent.effect.EffectFixture.picture;
import static dev.ledfleet.agent.effect.EffectFixture.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.effect.Effect;
import dev.ledfleet.agent.effect.EffectFixture;
import dev.ledfleet.agent.effect.ParamContentCheck;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeScrollTest {

    private static final long START = Instant.parse("2026-12-04T13:05:09Z").toEpochMilli();

    private static Effect clock(Map<String, ?> params, long startEpochMs) {
        return start("time-scroll", 32, 8, params, 1, startEpochMs);
    }

    @Test
    void timeScroll_24h_showsHoursAndMinutesCentred() {
        Effect effect = clock(Map.of(), START);

        assertThat(picture(frame(effect, 0, 32, 8))).isEqualTo(ExpectedText.centred("13:05", 32, 8));
        assertThat(picture(frame(effect, 51_000, 32, 8))).isEqualTo(ExpectedText.centred("13:06", 32, 8));
    }

    @ParameterizedTest
    @CsvSource({"Europe/Berlin, 14:05", "America/New_York, 08:05", "Asia/Kolkata, 18:35", "UTC, 13:05"})
    void timeScroll_timeZone_showsLocalTime(String zone, String expected) {
        Effect effect = clock(Map.of("time-zone", zone), START);

        assertThat(picture(frame(effect, 0, 32, 8))).isEqualTo(ExpectedText.centred(expected, 32, 8));
    }

    @ParameterizedTest
    @CsvSource({"2026-12-04T13:05:09Z, 1:05", "2026-12-04T00:30:00Z, 12:30", "2026-12-04T12:00:00Z, 12:00",
            "2026-12-04T09:59:00Z, 9:59"})
    void timeScroll_12h_dropsTheLeadingZeroAndShowsTwelveForZero(String at, String expected) {
        Effect effect = clock(Map.of("clock", "12h"), Instant.parse(at).toEpochMilli());

        assertThat(picture(frame(effect, 0, 32, 8))).isEqualTo(ExpectedText.centred(expected, 32, 8));
    }

    @Test
    void timeScroll_withSecondsWiderThanGrid_scrollsLeftWhileTicking() {
        Effect effect = clock(Map.of("format", "HH:MM:SS", "speed", 0.08), START);

        // "13:05:09" is 47 pixels wide: it scrolls, entering from the right; after 32 steps of 80 ms it
        // starts at x = 0, and by then 2.56 s have passed.
        assertThat(picture(frame(effect, 0, 32, 8))).doesNotContain("#");
        assertThat(picture(frame(effect, 32 * 80, 32, 8))).isEqualTo(ExpectedText.picture("13:05:11", 32, 8, 0, 0));
        assertThat(picture(frame(effect, 40 * 80, 32, 8))).isEqualTo(ExpectedText.picture("13:05:12", 32, 8, -8, 0));
    }

    @Test
    void timeScroll_cycle_isOnePassOfTheScrollingTime() {
        // "13:05:09" is 47 pixels wide; a pass across 32 pixels takes 79 steps of 80 ms.
        Effect effect = clock(Map.of("format", "HH:MM:SS", "speed", 0.08), START);

        assertThat(effect.cyclesCompleted(79 * 80 - 1)).isZero();
        assertThat(effect.cyclesCompleted(79 * 80)).isEqualTo(1);
    }

    @Test
    void timeScroll_acrossDaylightSavingStart_jumpsAnHour() {
        long beforeSwitch = Instant.parse("2026-03-29T00:59:00Z").toEpochMilli();
        Effect effect = clock(Map.of("time-zone", "Europe/Berlin"), beforeSwitch);

        assertThat(picture(frame(effect, 0, 32, 8))).isEqualTo(ExpectedText.centred("01:59", 32, 8));
        assertThat(picture(frame(effect, 60_000, 32, 8))).isEqualTo(ExpectedText.centred("03:00", 32, 8));
        assertThat(picture(frame(effect, 59_000, 32, 8))).isEqualTo(ExpectedText.centred("01:59", 32, 8));
    }

    @Test
    void timeScroll_unknownZone_isRefusedByTheCheckAndShowsUtc() {
        Map<String, String> params = Map.of("time-zone", "Mars/Olympus");
        Effect effect = clock(params, START);

        assertThat(picture(frame(effect, 0, 32, 8))).isEqualTo(ExpectedText.centred("13:05", 32, 8));
        assertThat(ParamContentCheck.problem("time-scroll",
                EffectFixture.setup("time-scroll", 32, 8, params, 1, START).params(), 32, 8))
                .hasValueSatisfying(message -> assertThat(message).startsWith("time-zone:").contains("Mars/Olympus"));
    }

    @Test
    void timeScroll_colours_areTheParameters() {
        Effect effect = clock(Map.of("color", "#00ff00", "background", "#100000"), START);

        int[] pixels = frame(effect, 0, 32, 8).pixels();

        assertThat(pixels).containsOnly(0x00ff00, 0x100000).contains(0x00ff00);
    }
}
