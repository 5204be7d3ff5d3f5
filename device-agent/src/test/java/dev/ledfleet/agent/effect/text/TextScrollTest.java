package dev.ledfleet.agent.effect.text;

import static dev.ledfleet.agent.effect.EffectFixture.frame;
import static dev.ledfleet.agent.effect.EffectFixture.picture;
import static dev.ledfleet.agent.effect.EffectFixture.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextScrollTest {

    @Test
    void textScroll_letterAFullyIn_showsExactGlyphInColourOnBackground() {
        Effect effect = start("text-scroll", 5, 8, Map.of("text", "A", "speed", 0.1,
                "color", "#ff8000", "background", "#000010"));

        // After 5 steps of 100 ms the glyph that entered from the right edge stands at x = 0.
        Canvas canvas = frame(effect, 500, 5, 8);

        assertThat(picture(canvas, 0xff8000)).isEqualTo(BitmapFontTest.rows('A'));
        assertThat(canvas.get(0, 0)).isEqualTo(0x000010);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 16, 20, 21})
    void textScroll_left_movesOnePixelLeftPerStep(int step) {
        Effect effect = start("text-scroll", 16, 8, Map.of("text", "|", "speed", 0.05));

        Canvas canvas = frame(effect, step * 50L + 10, 16, 8);

        // '|' lights column 2 of its glyph; the glyph starts just right of the canvas.
        int expectedColumn = 16 - step + 2;
        assertThat(litColumn(canvas)).isEqualTo(expectedColumn >= 0 && expectedColumn < 16 ? expectedColumn : -1);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 9, 20})
    void textScroll_right_movesOnePixelRightPerStep(int step) {
        Effect effect = start("text-scroll", 16, 8, Map.of("text", "|", "speed", 0.05, "direction", "right"));

        Canvas canvas = frame(effect, step * 50L, 16, 8);

        int expectedColumn = step - 5 + 2;
        assertThat(litColumn(canvas)).isEqualTo(expectedColumn >= 0 && expectedColumn < 16 ? expectedColumn : -1);
    }

    @Test
    void textScroll_upAndDown_moveVertically() {
        Effect up = start("text-scroll", 8, 16, Map.of("text", "-", "speed", 0.05, "direction", "up"));
        Effect down = start("text-scroll", 8, 16, Map.of("text", "-", "speed", 0.05, "direction", "down"));

        // '-' lights row 3 of its glyph; up starts below the canvas, down above it.
        assertThat(litRow(frame(up, 4 * 50, 8, 16))).isEqualTo(16 - 4 + 3);
        assertThat(litRow(frame(down, 10 * 50, 8, 16))).isEqualTo(10 - 8 + 3);
    }

    @Test
    void textScroll_twoLines_areStackedAndCentred() {
        Effect effect = start("text-scroll", 11, 17, Map.of("text", "A\nBC", "direction", "up", "speed", 0.1));

        // 17 steps up: the 17-pixel-high block (8 + 1 spacing + 8) fills the canvas exactly.
        Canvas canvas = frame(effect, 1700, 11, 17);

        String[] rows = picture(canvas, 0xffffff).split("\n");
        String[] a = BitmapFontTest.rows('A').split("\n");
        String[] b = BitmapFontTest.rows('B').split("\n");
        String[] c = BitmapFontTest.rows('C').split("\n");
        for (int y = 0; y < 8; y++) {
            assertThat(rows[y]).as("row %d", y).isEqualTo("..." + a[y] + "...");
            assertThat(rows[9 + y]).as("row %d", 9 + y).isEqualTo(b[y] + "." + c[y]);
        }
        assertThat(rows[8]).isEqualTo("...........");
    }

    @Test
    void textScroll_typedBackslashN_breaksTheLineLikeANewline() {
        Map<String, Object> typed = Map.of("text", "A\\nBC", "direction", "up", "speed", 0.1);
        Map<String, Object> real = Map.of("text", "A\nBC", "direction", "up", "speed", 0.1);

        assertThat(frame(start("text-scroll", 11, 17, typed), 1700, 11, 17).pixels())
                .isEqualTo(frame(start("text-scroll", 11, 17, real), 1700, 11, 17).pixels());
    }

    @Test
    void textScroll_accentedLetters_showWithoutAccentsAndOtherCharactersAsBoxes() {
        Canvas accented = frame(start("text-scroll", 11, 8, Map.of("text", "\u00e9\u00dc", "speed", 0.1)), 1100, 11, 8);
        Canvas plain = frame(start("text-scroll", 11, 8, Map.of("text", "eU", "speed", 0.1)), 1100, 11, 8);
        Canvas foreign = frame(start("text-scroll", 5, 8, Map.of("text", "\u6f22", "speed", 0.1)), 500, 5, 8);

        assertThat(accented.pixels()).isEqualTo(plain.pixels());
        assertThat(picture(foreign, 0xffffff)).isEqualTo(BitmapFontTest.rows((char) 127));
    }

    @Test
    void textScroll_cycle_isTheTextScrolledFullyThrough() {
        // "ab" is 11 pixels wide; a pass across 16 pixels takes 16 + 11 steps.
        Effect effect = start("text-scroll", 16, 8, Map.of("text", "ab", "speed", 0.1));

        assertThat(effect.cyclesCompleted(2_690)).isZero();
        assertThat(effect.cyclesCompleted(2_700)).isEqualTo(1);
        assertThat(effect.cyclesCompleted(5_400)).isEqualTo(2);
        assertThat(frame(effect, 2_700, 16, 8).pixels()).isEqualTo(frame(effect, 0, 16, 8).pixels());
    }

    @Test
    void textScroll_spacing_separatesGlyphs() {
        Effect effect = start("text-scroll", 13, 8, Map.of("text", "||", "spacing", 3, "speed", 0.1));

        Canvas canvas = frame(effect, 1300, 13, 8);

        // Both bars sit at column 2 of their glyphs, glyphs 5 + 3 pixels apart.
        assertThat(picture(canvas, 0xffffff).split("\n")[0]).isEqualTo("..#.......#..");
    }

    private static int litColumn(Canvas canvas) {
        int found = -1;
        for (int x = 0; x < canvas.width(); x++) {
            for (int y = 0; y < canvas.height(); y++) {
                if (canvas.get(x, y) != 0) {
                    assertThat(found == -1 || found == x).as("one lit column").isTrue();
                    found = x;
                }
            }
        }
        return found;
    }

    private static int litRow(Canvas canvas) {
        int found = -1;
        for (int y = 0; y < canvas.height(); y++) {
            for (int x = 0; x < canvas.width(); x++) {
                if (canvas.get(x, y) != 0) {
                    assertThat(found == -1 || found == y).as("one lit row").isTrue();
                    found = y;
                }
            }
        }
        return found;
    }
}
