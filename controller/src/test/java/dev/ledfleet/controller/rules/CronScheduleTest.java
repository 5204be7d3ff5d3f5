package dev.ledfleet.controller.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronScheduleTest {

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            * * * * *          | 2026-12-04T20:17 | true
            30 7 * * *         | 2026-12-04T07:30 | true
            30 7 * * *         | 2026-12-04T07:31 | false
            */15 * * * *       | 2026-12-04T10:45 | true
            */15 * * * *       | 2026-12-04T10:50 | false
            0 8-18/2 * * *     | 2026-12-04T14:00 | true
            0 8-18/2 * * *     | 2026-12-04T15:00 | false
            5/20 * * * *       | 2026-12-04T10:45 | true
            0 0 1 jan *        | 2027-01-01T00:00 | true
            0 0 1 jan *        | 2027-02-01T00:00 | false
            0 9 * * mon-fri    | 2026-12-04T09:00 | true
            0 9 * * mon-fri    | 2026-12-05T09:00 | false
            0 9 * * 7          | 2026-12-06T09:00 | true
            0 9 * * 0          | 2026-12-06T09:00 | true
            0 9 * * sun        | 2026-12-06T09:00 | true
            0 12 13 * fri      | 2026-12-13T12:00 | true
            0 12 13 * fri      | 2026-12-04T12:00 | true
            0 12 13 * fri      | 2026-12-05T12:00 | false
            0 12 * * 1,3,5     | 2026-12-02T12:00 | true
            0 12 * * 1,3,5     | 2026-12-03T12:00 | false
            """)
    void matches_followsVixieCron(String expression, LocalDateTime time, boolean expected) {
        assertThat(CronSchedule.parse(expression).matches(time)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} after {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            30 7 * * *         | 2026-12-04T07:30 | 2026-12-05T07:30
            30 7 * * *         | 2026-12-04T07:29 | 2026-12-04T07:30
            */15 * * * *       | 2026-12-04T10:46 | 2026-12-04T11:00
            0 0 29 2 *         | 2026-03-01T00:00 | 2028-02-29T00:00
            0 9 * * mon-fri    | 2026-12-04T09:00 | 2026-12-07T09:00
            0 0 1 * *          | 2026-12-31T23:59 | 2027-01-01T00:00
            """)
    void next_findsTheFollowingMinute(String expression, LocalDateTime after, LocalDateTime expected) {
        assertThat(CronSchedule.parse(expression).next(after)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                 | five fields
            * * * *            | found 4
            * * * * * *        | found 6
            60 * * * *         | minute field: value 60 is outside 0-59
            * 24 * * *         | hour field: value 24 is outside 0-23
            * * 0 * *          | day of month field: value 0 is outside 1-31
            * * * 13 *         | month field: value 13 is outside 1-12
            * * * * 8          | day of week field: value 8 is outside 0-7
            */0 * * * *        | minute field: step 0 is outside
            10-5 * * * *       | minute field: range 10-5 runs backwards
            * * * foo *        | month field: value "foo" is not a number or a name
            a * * * *          | minute field: value "a" is not a number
            1,,2 * * * *       | minute field: value "" is not a number
            """)
    void parse_invalid_isRefusedNamingTheField(String expression, String message) {
        assertThatThrownBy(() -> CronSchedule.parse(expression)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
