package dev.ledfleet.agent.effect.text;

import dev.ledfleet.agent.effect.Canvas;

/**
 * Draws a {@link TextBitmap} on a canvas, either still and centred or scrolled by a number of
 * one-pixel steps. A pass starts with the text just outside the canvas on the side it comes from
 * and ends when it has fully left on the other side; across the scroll it is centred.
 */
public final class Marquee {

    /** Where the text moves to. */
    public enum Direction { LEFT, RIGHT, UP, DOWN }

    private final Direction direction;
    private final int color;
    private final int background;

    public Marquee(Direction direction, int color, int background) {
        this.direction = direction;
        this.color = color;
        this.background = background;
    }

    /** The direction parameter's value ({@code "left"}, {@code "right"}, {@code "up"}, {@code "down"}). */
    public static Direction direction(String wireName) {
        return Direction.valueOf(wireName.toUpperCase(java.util.Locale.ROOT));
    }

    /** Steps in one pass of {@code text} across a canvas of the given size. */
    public long travel(TextBitmap text, int canvasWidth, int canvasHeight) {
        return switch (direction) {
            case LEFT, RIGHT -> canvasWidth + text.width();
            case UP, DOWN -> canvasHeight + text.height();
        };
    }

    /** Whether {@code text} fits within the canvas along the scroll direction, so it can stand still. */
    public boolean fits(TextBitmap text, Canvas canvas) {
        return switch (direction) {
            case LEFT, RIGHT -> text.width() <= canvas.width();
            case UP, DOWN -> text.height() <= canvas.height();
        };
    }

    /** The text at {@code step} steps into its scroll; passes repeat. */
    public void drawScrolled(TextBitmap text, long step, Canvas canvas) {
        int w = canvas.width();
        int h = canvas.height();
        int offset = (int) Math.floorMod(step, travel(text, w, h));
        int left = (w - text.width()) / 2;
        int top = (h - text.height()) / 2;
        switch (direction) {
            case LEFT -> left = w - offset;
            case RIGHT -> left = offset - text.width();
            case UP -> top = h - offset;
            case DOWN -> top = offset - text.height();
        }
        draw(text, left, top, canvas);
    }

    /** The text standing still in the middle of the canvas. */
    public void drawCentred(TextBitmap text, Canvas canvas) {
        draw(text, (canvas.width() - text.width()) / 2, (canvas.height() - text.height()) / 2, canvas);
    }

    private void draw(TextBitmap text, int left, int top, Canvas canvas) {
        canvas.fill(background);
        int fromY = Math.max(0, top);
        int toY = Math.min(canvas.height(), top + text.height());
        int fromX = Math.max(0, left);
        int toX = Math.min(canvas.width(), left + text.width());
        for (int y = fromY; y < toY; y++) {
            for (int x = fromX; x < toX; x++) {
                if (text.lit(x - left, y - top)) {
                    canvas.set(x, y, color);
                }
            }
        }
    }
}
