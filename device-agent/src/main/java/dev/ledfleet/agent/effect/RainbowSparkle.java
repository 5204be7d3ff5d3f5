package dev.ledfleet.agent.effect;

import dev.ledfleet.agent.color.Rgb;

/** A dimmed rainbow flows along the strip while a few random pixels per step flash at full brightness. */
final class RainbowSparkle implements Effect {

    private final StepClock clock;
    private final RainbowWheel wheel;
    private final SparklePicks picks;
    private final double backgroundBrightness;

    RainbowSparkle(EffectSetup setup) {
        int pixels = setup.width() * setup.height();
        int requested = setup.params().integer("num-sparkles");
        this.clock = StepClock.of(setup);
        this.wheel = new RainbowWheel(setup.params());
        this.picks = new SparklePicks(pixels, requested > 0 ? requested : Math.max(1, pixels / 20), setup.seed());
        this.backgroundBrightness = setup.params().number("background-brightness");
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        long step = clock.step(timeMs);
        int offset = wheel.offset(clock.startMs(step));
        for (int i = 0; i < canvas.size(); i++) {
            canvas.set(i, Rgb.scale(wheel.color(offset, i), backgroundBrightness));
        }
        int[] sparkles = picks.pick(step);
        for (int i = 0; i < picks.count(); i++) {
            canvas.set(sparkles[i], wheel.color(offset, sparkles[i]));
        }
    }

    @Override
    public long cyclesCompleted(long timeMs) {
        return wheel.cycles(clock.startMs(clock.step(timeMs)));
    }
}
