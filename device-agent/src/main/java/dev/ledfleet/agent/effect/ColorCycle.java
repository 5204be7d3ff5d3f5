package dev.ledfleet.agent.effect;

/** The whole strip shows one colour of the list per step, going round the list. */
final class ColorCycle implements Effect {

    private final StepClock clock;
    private final int[] colors;

    ColorCycle(EffectSetup setup) {
        this.clock = StepClock.of(setup);
        this.colors = setup.params().colors("colors");
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        canvas.fill(colors[(int) (clock.step(timeMs) % colors.length)]);
    }

    @Override
    public long cyclesCompleted(long timeMs) {
        return clock.step(timeMs) / colors.length;
    }
}
