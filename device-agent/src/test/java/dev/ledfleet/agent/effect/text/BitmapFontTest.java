package dev.ledfleet.agent.effect.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BitmapFontTest {

    @Test
    void glyph_letterA_hasItsPixels() {
        assertThat(rows('A')).isEqualTo("""
                .###.
                #...#
                #...#
                #####
                #...#
                #...#
                #...#
                .....""");
    }

    @Test
    void glyph_lowerCaseG_usesTheDescenderRow() {
        assertThat(rows('g')).endsWith("....#\n.###.");
    }

    @Test
    void glyph_unprintableCharacters_drawAHollowBox() {
        assertThat(rows('\u00e9')).isEqualTo(rows((char) 7)).startsWith("#####\n#...#");
    }

    @Test
    void glyph_everyPrintableExceptSpace_hasLitPixelsAndDiffersFromTheBox() {
        for (char c = 33; c <= 126; c++) {
            assertThat(rows(c)).as("glyph '%s'", c).contains("#").isNotEqualTo(rows((char) 127));
        }
        assertThat(rows(' ')).doesNotContain("#");
    }

    @Test
    void glyph_digits_areAllDifferent() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (char c = '0'; c <= '9'; c++) {
            assertThat(seen.add(rows(c))).as("digit %s is unique", c).isTrue();
        }
    }

    static String rows(char c) {
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < BitmapFont.HEIGHT; y++) {
            if (y > 0) {
                out.append('\n');
            }
            for (int x = 0; x < BitmapFont.WIDTH; x++) {
                out.append(BitmapFont.lit(c, x, y) ? '#' : '.');
            }
        }
        return out.toString();
    }
}
