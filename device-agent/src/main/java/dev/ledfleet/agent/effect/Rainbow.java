package dev.ledfleet.agent.effect;

/** A rainbow lies along the strip and flows towards its start, once round the wheel per period. */
final class Rainbow implements Effect {

    private final StepClock clock;
    private final RainbowWheel wheel;

    Rainbow(EffectSetup setup) {
        this.clock = StepClock.of(setup);
        this.wheel = new RainbowWheel(setup.params());
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        int offset = wheel.offset(clock.startMs(clock.step(timeMs)));
        for (int i = 0; i < canvas.size(); i++) {
            canvas.set(i, wheel.color(offset, i));
        }
    }

    @Override
    public long cyclesCompleted(long timeMs) {
        return wheel.cycles(clock.startMs(clock.step(timeMs)));
    }
}
