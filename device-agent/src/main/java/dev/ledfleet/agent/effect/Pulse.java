package dev.ledfleet.agent.effect;

import dev.ledfleet.agent.color.Rgb;

/** The whole strip breathes: one colour fading up from the minimum intensity to the maximum and back. */
final class Pulse implements Effect {

    private final StepClock clock;
    private final PulseWave wave;
    private final int color;

    Pulse(EffectSetup setup) {
        this.clock = StepClock.of(setup);
        this.wave = new PulseWave(setup.params());
        this.color = setup.params().color("color");
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        canvas.fill(Rgb.scale(color, wave.intensity(clock.startMs(clock.step(timeMs)))));
    }

    @Override
    public long cyclesCompleted(long timeMs) {
        return wave.cycles(clock.startMs(clock.step(timeMs)));
    }
}
