package dev.ledfleet.agent.effect;

/**
 * Wiring check: logical (0,0) pure red, (W-1,0) pure green, (0,H-1) pure blue, all else off. On a
 * strip the first pixel is red and the last green.
 */
final class LayoutTest implements Effect {

    LayoutTest(EffectSetup setup) {
        // No parameters and no state.
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        canvas.fill(0);
        int w = canvas.width();
        int h = canvas.height();
        if (h > 1) {
            canvas.set(0, h - 1, 0x0000ff);
        }
        canvas.set(w - 1, 0, 0x00ff00);
        canvas.set(0, 0, 0xff0000);
    }
}
