package dev.ledfleet.agent.effect.text;

/** What one line of text should look like on a canvas, built straight from the font's glyphs. */
final class ExpectedText {

    private ExpectedText() {
    }

    /** Rows of '#' and '.', with {@code text} (1-pixel spacing) drawn from ({@code left}, {@code top}). */
    static String picture(String text, int width, int height, int left, int top) {
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < height; y++) {
            if (y > 0) {
                out.append('\n');
            }
            for (int x = 0; x < width; x++) {
                int column = x - left;
                int index = Math.floorDiv(column, BitmapFont.WIDTH + 1);
                boolean lit = column >= 0 && index < text.length()
                        && BitmapFont.lit(text.charAt(index), column - index * (BitmapFont.WIDTH + 1), y - top);
                out.append(lit ? '#' : '.');
            }
        }
        return out.toString();
    }

    /** {@code text} centred on the canvas. */
    static String centred(String text, int width, int height) {
        int textWidth = text.length() * (BitmapFont.WIDTH + 1) - 1;
        return picture(text, width, height, (width - textWidth) / 2, (height - BitmapFont.HEIGHT) / 2);
    }
}
