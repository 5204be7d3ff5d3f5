package dev.ledfleet.agent.effect.text;

import java.text.Normalizer;

/**
 * Lines of text typeset in the {@link BitmapFont} as a mask of lit pixels. The mask is allocated
 * once for a maximum size; {@link #typeset} can then be called per frame (clocks) without
 * allocating. Lines are separated by {@code '\n'} and centred on the widest one.
 */
public final class TextBitmap {

    private final int maxColumns;
    private final int maxLines;
    private final int spacing;
    private final int lineSpacing;
    private final int stride;
    private final boolean[] lit;
    private int width;
    private int height;

    /** Room for up to {@code maxColumns} characters per line and {@code maxLines} lines; more is cut off. */
    public TextBitmap(int maxColumns, int maxLines, int spacing, int lineSpacing) {
        this.maxColumns = Math.max(1, maxColumns);
        this.maxLines = Math.max(1, maxLines);
        this.spacing = spacing;
        this.lineSpacing = lineSpacing;
        this.stride = lineWidth(this.maxColumns);
        this.lit = new boolean[stride * (this.maxLines * (BitmapFont.HEIGHT + lineSpacing))];
    }

    /**
     * A bitmap sized for {@code text} and typeset with it; for text that never changes. A typed
     * backslash-n also breaks the line, since a one-line text box in a UI cannot enter a real newline.
     * Accented letters lose their accents ("Café" shows as "Cafe") rather than becoming boxes.
     */
    public static TextBitmap of(String text, int spacing, int lineSpacing) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
        char[] chars = plain.replace("\r", "").replace("\\n", "\n").toCharArray();
        int lines = 1;
        int longest = 0;
        int current = 0;
        for (char c : chars) {
            if (c == '\n') {
                lines++;
                current = 0;
            } else {
                longest = Math.max(longest, ++current);
            }
        }
        TextBitmap bitmap = new TextBitmap(longest, lines, spacing, lineSpacing);
        bitmap.typeset(chars, chars.length);
        return bitmap;
    }

    /** Replaces the text with the first {@code length} characters of {@code chars}. Allocates nothing. */
    public void typeset(char[] chars, int length) {
        int lines = 1;
        int longest = 0;
        int current = 0;
        for (int i = 0; i < length; i++) {
            if (chars[i] == '\n') {
                lines++;
                current = 0;
            } else {
                longest = Math.max(longest, ++current);
            }
        }
        lines = Math.min(lines, maxLines);
        width = lineWidth(Math.min(longest, maxColumns));
        height = width == 0 ? 0 : lines * BitmapFont.HEIGHT + (lines - 1) * lineSpacing;
        java.util.Arrays.fill(lit, false);
        int start = 0;
        for (int line = 0; line < lines; line++) {
            int end = start;
            while (end < length && chars[end] != '\n') {
                end++;
            }
            drawLine(chars, start, Math.min(end - start, maxColumns), line);
            start = end + 1;
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Whether pixel ({@code x}, {@code y}) of the text is lit; false outside it. */
    public boolean lit(int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height && lit[y * stride + x];
    }

    private void drawLine(char[] chars, int start, int count, int line) {
        int left = (width - lineWidth(count)) / 2;
        int top = line * (BitmapFont.HEIGHT + lineSpacing);
        for (int i = 0; i < count; i++) {
            char c = chars[start + i];
            int glyphLeft = left + i * (BitmapFont.WIDTH + spacing);
            for (int y = 0; y < BitmapFont.HEIGHT; y++) {
                int row = BitmapFont.row(c, y);
                for (int x = 0; x < BitmapFont.WIDTH; x++) {
                    if ((row & (1 << (BitmapFont.WIDTH - 1 - x))) != 0) {
                        lit[(top + y) * stride + glyphLeft + x] = true;
                    }
                }
            }
        }
    }

    private int lineWidth(int characters) {
        return characters == 0 ? 0 : characters * BitmapFont.WIDTH + (characters - 1) * spacing;
    }
}
