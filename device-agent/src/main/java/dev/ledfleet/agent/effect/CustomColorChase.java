package dev.ledfleet.agent.effect;

/**
 * A chase whose bars take the listed colours in turn: at step 0 the bar at pixel 0 has the first
 * colour and the bars after it run backwards through the list, so bars arrive at the far end of the
 * strip in list order.
 */
final class CustomColorChase implements Effect {

    private final StepClock clock;
    private final ChaseBars bars;
    private final int[] colors;
    private final int pixels;

    CustomColorChase(EffectSetup setup) {
        this.clock = StepClock.of(setup);
        this.bars = new ChaseBars(setup.params());
        this.colors = setup.params().colors("colors");
        this.pixels = setup.width() * setup.height();
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        long step = clock.step(timeMs);
        for (int i = 0; i < canvas.size(); i++) {
            long bar = bars.bar(i, step);
            canvas.set(i, bar == ChaseBars.GAP ? 0 : colors[(int) Math.floorMod(-bar, (long) colors.length)]);
        }
    }

    @Override
    public long cyclesCompleted(long timeMs) {
        return ChaseBars.cycles(clock.step(timeMs), pixels);
    }
}
