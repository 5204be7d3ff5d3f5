package dev.ledfleet.agent.effect;

import dev.ledfleet.agent.color.Rgb;

/**
 * Random pixels flash the full colour for one step and then stay lit at a quarter of it, so the strip
 * fills with a dim glow under the sparkles.
 */
final class Sparkle implements Effect {

    private final StepClock clock;
    private final SparklePicks picks;
    private final int color;
    private final int afterglow;

    Sparkle(EffectSetup setup) {
        this.clock = StepClock.of(setup);
        this.picks = new SparklePicks(setup.width() * setup.height(), setup.params().integer("num-sparkles"),
                setup.seed());
        this.color = setup.params().color("color");
        // The library's "half colour" is each channel divided by four.
        this.afterglow = Rgb.pack(Rgb.red(color) / 4, Rgb.green(color) / 4, Rgb.blue(color) / 4);
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        long step = clock.step(timeMs);
        long[] last = picks.history(step);
        for (int i = 0; i < canvas.size(); i++) {
            long at = last[i];
            canvas.set(i, at == step ? color : at == SparklePicks.NEVER ? 0 : afterglow);
        }
    }
}
