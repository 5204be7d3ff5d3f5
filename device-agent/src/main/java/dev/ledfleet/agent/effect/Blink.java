package dev.ledfleet.agent.effect;

/** The whole strip flashes: the colour on even steps, the background on odd ones. */
final class Blink implements Effect {

    private final StepClock clock;
    private final int color;
    private final int background;

    Blink(EffectSetup setup) {
        this.clock = StepClock.of(setup);
        this.color = setup.params().color("color");
        this.background = setup.params().color("background");
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        canvas.fill((clock.step(timeMs) & 1) == 0 ? color : background);
    }

    @Override
    public long cyclesCompleted(long timeMs) {
        return clock.step(timeMs) / 2;
    }
}
