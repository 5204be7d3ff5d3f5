package dev.ledfleet.controller.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicFilterTest {

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            home/hall/motion   | home/hall/motion    | true
            home/hall/motion   | home/hall/motion/x  | false
            home/+/motion      | home/hall/motion    | true
            home/+/motion      | home/hall/door      | false
            home/#             | home                | true
            home/#             | home/hall/motion    | true
            #                  | anything/at/all     | true
            #                  | $SYS/broker/uptime  | false
            +/hall             | $SYS/hall           | false
            home/+             | home/hall/motion    | false
            """)
    void matches_followsMqttWildcards(String filter, String topic, boolean expected) {
        assertThat(new TopicFilter(filter).matches(topic)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(delimiter = '|', textBlock = """
            ''          | must not be empty
            home/#/x    | must be a whole level and the last one
            home/a#     | must be a whole level and the last one
            home/a+/b   | must be a whole level, in
            """)
    void problem_invalidFilter_saysWhy(String filter, String message) {
        assertThat(TopicFilter.problem(filter)).contains(message);
    }
}
