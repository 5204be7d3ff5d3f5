package dev.ledfleet.agent.effect;

import dev.ledfleet.agent.color.Rgb;

/** A chase whose successive bars sit {@code step} further round the colour wheel, so the strip carries a rainbow. */
final class RainbowChase implements Effect {

    private final StepClock clock;
    private final ChaseBars bars;
    private final int wheelStep;
    private final int pixels;

    RainbowChase(EffectSetup setup) {
        this.clock = StepClock.of(setup);
        this.bars = new ChaseBars(setup.params());
        this.wheelStep = setup.params().integer("step");
        this.pixels = setup.width() * setup.height();
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        long step = clock.step(timeMs);
        for (int i = 0; i < canvas.size(); i++) {
            long bar = bars.bar(i, step);
            canvas.set(i, bar == ChaseBars.GAP ? 0 : Rgb.wheel((int) Math.floorMod(-bar * wheelStep, 256L)));
        }
    }

    @Override
    public long cyclesCompleted(long timeMs) {
        return ChaseBars.cycles(clock.step(timeMs), pixels);
    }
}
