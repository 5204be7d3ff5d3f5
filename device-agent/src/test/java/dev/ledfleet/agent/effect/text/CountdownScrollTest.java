package dev.ledfleet.agent.effect.text;

import static dev.ledfleet.agent.effect.EffectFixture.frame;
import static dev.ledfleet.agent.effect.EffectFixture.picture;
import static dev.ledfleet.agent.effect.EffectFixture.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledfleet.agent.effect.Effect;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountdownScrollTest {

    private static final long START = Instant.parse("2026-12-04T13:05:09Z").toEpochMilli();

    @ParameterizedTest
    @CsvSource({
        "18:30, UTC, 2026-12-04T18:30:00Z",
        "12:00, UTC, 2026-12-05T12:00:00Z",
        "13:05:09, UTC, 2026-12-04T13:05:09Z",
        "7:15, Europe/Berlin, 2026-12-05T06:15:00Z",
        "2026-12-31T23:59, UTC, 2026-12-31T23:59:00Z",
        "2026-12-31T23:59:30, Europe/Berlin, 2026-12-31T22:59:30Z",
        "2027-01-01, UTC, 2027-01-01T00:00:00Z",
        "2026-12-31T23:59:00+01:00, UTC, 2026-12-31T22:59:00Z",
        "2026-12-31T23:59:00Z, Europe/Berlin, 2026-12-31T23:59:00Z"})
    void target_acceptedForms_resolveToTheRightInstant(String target, String zone, String expected) {
        assertThat(CountdownScroll.targetEpochMs(target, ZoneId.of(zone), START))
                .isEqualTo(Instant.parse(expected).toEpochMilli());
    }

    @Test
    void target_gibberish_isRefusedNamingTheParameter() {
        assertThatThrownBy(() -> CountdownScroll.targetEpochMs("soon", ZoneOffset.UTC, START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("target:");
    }

    @Test
    void countdown_badTarget_isRefusedByTheCheckAndShowsTheMessage() {
        Map<String, String> params = Map.of("target", "next friday", "message", "Hi");
        dev.ledfleet.agent.effect.EffectParams effectParams =
                dev.ledfleet.agent.effect.EffectFixture.setup("countdown-scroll", 16, 8, params, 1, START).params();

        assertThat(dev.ledfleet.agent.effect.ParamContentCheck.problem("countdown-scroll", effectParams, 16, 8))
                .hasValueSatisfying(message -> assertThat(message).startsWith("target:"));
        assertThat(picture(frame(start("countdown-scroll", 16, 8, params, 1, START), 0, 16, 8)))
                .isEqualTo(ExpectedText.centred("Hi", 16, 8));
    }

    @Test
    void countdown_underAMinute_showsSecondsLeftThenTheMessage() {
        Effect effect = start("countdown-scroll", 32, 8, Map.of("target", "13:06", "message", "Go!"), 1, START);

        assertThat(picture(frame(effect, 0, 32, 8))).isEqualTo(ExpectedText.centred("0:51", 32, 8));
        assertThat(picture(frame(effect, 1_000, 32, 8))).isEqualTo(ExpectedText.centred("0:50", 32, 8));
        assertThat(picture(frame(effect, 50_500, 32, 8))).isEqualTo(ExpectedText.centred("0:01", 32, 8));
        assertThat(picture(frame(effect, 51_000, 32, 8))).isEqualTo(ExpectedText.centred("Go!", 32, 8));
        assertThat(picture(frame(effect, 500_000, 32, 8))).isEqualTo(ExpectedText.centred("Go!", 32, 8));
    }

    @Test
    void countdown_hoursAndDays_areShownWithTheirSeparators() {
        Effect hours = start("countdown-scroll", 66, 8, Map.of("target", "14:06:10"), 1, START);
        Effect days = start("countdown-scroll", 66, 8, Map.of("target", "2026-12-06T14:06:10"), 1, START);

        assertThat(picture(frame(hours, 0, 66, 8))).isEqualTo(ExpectedText.centred("1:01:01", 66, 8));
        assertThat(picture(frame(days, 0, 66, 8))).isEqualTo(ExpectedText.centred("2d 01:01:01", 66, 8));
    }

    @Test
    void countdown_widerThanGrid_scrolls() {
        Effect effect = start("countdown-scroll", 16, 8, Map.of("target", "14:06:10", "speed", 0.1), 1, START);

        // 16 steps of 100 ms bring the text's left edge to x = 0; 1.6 s later 1:01:00 is still showing.
        assertThat(picture(frame(effect, 1_600, 16, 8))).isEqualTo(ExpectedText.picture("1:01:00", 16, 8, 0, 0));
    }
}
