package dev.ledfleet.agent.effect;

/**
 * A comet at full brightness whose tail is cut into equal bands of the listed colours, first colour at
 * the tail end. Without off-pixels the strip keeps the tail end's colour wherever the comet has been.
 */
final class MulticolorComet implements Effect {

    private final StepClock clock;
    private final CometTrail trail;
    private final int[] colors;
    private final boolean offPixels;

    MulticolorComet(EffectSetup setup) {
        EffectParams params = setup.params();
        int pixels = setup.width() * setup.height();
        int tail = CometTrail.tailLength(params.integer("tail-length"), pixels);
        int[] palette = params.colors("colors");
        this.clock = StepClock.of(setup);
        this.trail = new CometTrail(pixels, tail, params.bool("reverse"), params.bool("bounce"), params.bool("ring"));
        this.colors = new int[tail];
        for (int i = 0; i < tail; i++) {
            colors[i] = palette[(int) ((long) palette.length * i / tail)];
        }
        this.offPixels = params.bool("off-pixels");
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        long step = clock.step(timeMs);
        if (offPixels) {
            trail.draw(step, canvas, colors, 0, 0);
        } else {
            int left = colors[0];
            trail.draw(step, canvas, colors, trail.inFirstPass(step) ? 0 : left, left);
        }
    }

    @Override
    public long cyclesCompleted(long timeMs) {
        return trail.cycles(clock.step(timeMs));
    }
}
