package dev.ledfleet.agent.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledfleet.protocol.message.Wiring;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LayoutTest {

    @ParameterizedTest(name = "{0}: ({1},{2}) -> {3}")
    @CsvSource(delimiter = ';', value = {
            // serpentine 4x3: row 0 left to right, row 1 right to left, row 2 left to right
            "grid:4x3;0;0;0",
            "grid:4x3;3;0;3",
            "grid:4x3;3;1;4",
            "grid:4x3;0;1;7",
            "grid:4x3;0;2;8",
            "grid:4x3;3;2;11",
            // progressive: every row left to right
            "grid:4x3,progressive;0;0;0",
            "grid:4x3,progressive;3;0;3",
            "grid:4x3,progressive;0;1;4",
            "grid:4x3,progressive;3;1;7",
            "grid:4x3,progressive;3;2;11",
            // flips mirror the logical position before wiring
            "grid:4x3,progressive,flip-x;0;0;3",
            "grid:4x3,progressive,flip-x;3;0;0",
            "grid:4x3,progressive,flip-y;0;0;8",
            "grid:4x3,progressive,flip-y;0;2;0",
            "grid:4x3,flip-x,flip-y;3;2;0",
            "grid:4x3,flip-y;0;0;8",
            "grid:4x3,flip-y;3;1;4",
            // transpose: the chain runs down the columns
            "grid:4x3,progressive,transpose;0;0;0",
            "grid:4x3,progressive,transpose;0;2;2",
            "grid:4x3,progressive,transpose;1;0;3",
            "grid:4x3,transpose;1;0;5",
            "grid:4x3,transpose;1;2;3",
            "grid:4x3,transpose;3;2;9",
            "grid:4x3,transpose;3;0;11",
            // 16x16 panel corners
            "grid:16x16;15;1;16",
            "grid:16x16;0;15;255",
            "grid:16x16,progressive;15;15;255",
            "strip:24;23;0;23",
            "strip:24,flip-x;0;0;23",
    })
    void physicalIndex_followsWiringFlipsAndTranspose(String layout, int x, int y, int expected) {
        assertThat(Layout.parse(layout).physicalIndex(x, y)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"grid:16x16", "grid:5x3,flip-x,transpose", "grid:7x4,progressive,flip-y", "strip:10"})
    void physicalIndexTable_isPermutation(String text) {
        int[] table = Layout.parse(text).physicalIndexTable();
        int[] sorted = table.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertThat(sorted[i]).isEqualTo(i);
        }
    }

    @Test
    void parse_readsSizeAndOptions() {
        Layout layout = Layout.parse("grid:16x8,progressive,flip-x");
        assertThat(layout).isEqualTo(new Layout(16, 8, Wiring.PROGRESSIVE, true, false, false));
        assertThat(Layout.parse(layout.toString())).isEqualTo(layout);
        assertThat(Layout.parse("strip:24")).isEqualTo(Layout.strip(24));
        assertThat(Layout.parse("grid:16x16").wiring()).isEqualTo(Wiring.SERPENTINE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "ring:12;must start with strip:N or grid:WxH",
            "grid:16;grid:WxH",
            "grid:0x4;'0' is not a positive whole number",
            "strip:abc;'abc' is not a positive whole number",
            "grid:4x4,zigzag;unknown option 'zigzag'",
            "grid:200x200;at most 16384 pixels",
    })
    void parse_badText_isRejectedNamingTheProblem(String text, String message) {
        assertThatThrownBy(() -> Layout.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
