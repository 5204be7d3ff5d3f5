package dev.ledfleet.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "kitchen-lamp", "0", "grid-16x16", "a123456789012345678901234567890123456789012345678901234567890123"})
    void of_validId_isAccepted(String id) {
        assertThat(DeviceId.of(id).value()).isEqualTo(id);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
            "kitchen/lamp, '/'",
            "lamp+, '+'",
            "lamp#, '#'",
            "Kitchen, must match",
            "-lamp, must match",
            "lamp_1, must match",
            "lämpchen, must match",
            "group, reserved",
            "a1234567890123456789012345678901234567890123456789012345678901234, at most 64",
    })
    void of_invalidId_isRejectedNamingTheProblem(String id, String problem) {
        assertThatThrownBy(() -> DeviceId.of(id))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(problem);
    }
}
