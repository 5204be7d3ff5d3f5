package dev.ledfleet.agent.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappedLineTest {

    @ParameterizedTest(name = "{0} on {1}: {2} units")
    @CsvSource({
            "pixels,grid:4x3,12",
            "rows,grid:4x3,3",
            "columns,grid:4x3,4",
            "rings,grid:4x3,2",
            "rings,grid:5x5,3",
            "rings,grid:16x16,8",
            "diagonals,grid:4x3,6",
            "pixels,strip:24,24",
            "rows,strip:24,1",
    })
    void unitCount_dependsOnMapAndSize(String map, String layout, int units) {
        assertThat(new MappedLine(Layout.parse(layout), PixelMap.parse(map)).units()).isEqualTo(units);
    }

    /** Each expected row lists, for the logical pixels of a 4x3 grid in row-major order, their unit. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "pixels;0 1 2 3 7 6 5 4 8 9 10 11",
            "rows;0 0 0 0 1 1 1 1 2 2 2 2",
            "columns;0 1 2 3 0 1 2 3 0 1 2 3",
            "rings;1 1 1 1 1 0 0 1 1 1 1 1",
            "diagonals;0 1 2 3 1 2 3 4 2 3 4 5",
    })
    void unitOf_eachPixel_onSerpentine4x3(String map, String units) {
        MappedLine line = new MappedLine(Layout.parse("grid:4x3"), PixelMap.parse(map));
        String[] expected = units.split(" ");
        for (int i = 0; i < expected.length; i++) {
            assertThat(line.unitOf(i)).as("pixel %d", i).isEqualTo(Integer.parseInt(expected[i]));
        }
    }

    @Test
    void rings_onSquare_centreIsUnitZero() {
        MappedLine line = new MappedLine(Layout.parse("grid:5x5"), PixelMap.RINGS);
        assertThat(line.unitOf(2 * 5 + 2)).isZero();
        assertThat(line.unitOf(1 * 5 + 1)).isEqualTo(1);
        assertThat(line.unitOf(0)).isEqualTo(2);
        assertThat(line.unitOf(24)).isEqualTo(2);
    }

    @Test
    void spread_copiesEachUnitColourToAllItsPixels() {
        MappedLine line = new MappedLine(Layout.parse("grid:3x2"), PixelMap.ROWS);
        int[] logical = new int[6];
        line.spread(new int[] {0xff0000, 0x00ff00}, logical);
        assertThat(logical).containsExactly(0xff0000, 0xff0000, 0xff0000, 0x00ff00, 0x00ff00, 0x00ff00);
    }

    @Test
    void pixels_snakeThroughTheLogicalGrid_whateverTheWiring() {
        MappedLine line = new MappedLine(Layout.parse("grid:3x2,progressive,flip-x"), PixelMap.PIXELS);
        int[] logical = new int[6];
        line.spread(new int[] {1, 2, 3, 4, 5, 6}, logical);
        assertThat(logical).containsExactly(1, 2, 3, 6, 5, 4);
    }

    @Test
    void parse_unknownMap_namesIt() {
        assertThatThrownBy(() -> PixelMap.parse("spirals")).hasMessageContaining("'spirals'")
                .hasMessageContaining("rings");
    }
}
