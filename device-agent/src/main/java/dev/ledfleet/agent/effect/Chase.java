package dev.ledfleet.agent.effect;

/** Theatre marquee: bars of one colour separated by dark gaps march along the strip. */
final class Chase implements Effect {

    private final StepClock clock;
    private final ChaseBars bars;
    private final int color;
    private final int pixels;

    Chase(EffectSetup setup) {
        this.clock = StepClock.of(setup);
        this.bars = new ChaseBars(setup.params());
        this.color = setup.params().color("color");
        this.pixels = setup.width() * setup.height();
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        long step = clock.step(timeMs);
        for (int i = 0; i < canvas.size(); i++) {
            canvas.set(i, bars.bar(i, step) == ChaseBars.GAP ? 0 : color);
        }
    }

    @Override
    public long cyclesCompleted(long timeMs) {
        return ChaseBars.cycles(clock.step(timeMs), pixels);
    }
}
