package dev.ledfleet.agent.effect;

import dev.ledfleet.agent.color.Rgb;

/**
 * One random pixel per step takes the current colour of a slow pulse and keeps it until it is picked
 * again, so the strip becomes a speckle of brightnesses that swells and ebbs.
 */
final class SparklePulse implements Effect {

    private final StepClock clock;
    private final SparklePicks picks;
    private final PulseWave wave;
    private final int color;
    /** Each pixel's colour and the step it was worked out for: pixels keep their colour for many frames. */
    private final int[] shownColor;
    private final long[] shownFor;

    SparklePulse(EffectSetup setup) {
        this.clock = StepClock.of(setup);
        this.picks = new SparklePicks(setup.width() * setup.height(), 1, setup.seed());
        this.wave = new PulseWave(setup.params());
        this.color = setup.params().color("color");
        this.shownColor = new int[setup.width() * setup.height()];
        this.shownFor = new long[shownColor.length];
        java.util.Arrays.fill(shownFor, SparklePicks.NEVER);
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        long[] last = picks.history(clock.step(timeMs));
        for (int i = 0; i < canvas.size(); i++) {
            long at = last[i];
            if (shownFor[i] != at) {
                shownFor[i] = at;
                shownColor[i] = at < 0 ? 0 : Rgb.scale(color, wave.intensity(clock.startMs(at)));
            }
            canvas.set(i, shownColor[i]);
        }
    }

    @Override
    public long cyclesCompleted(long timeMs) {
        return wave.cycles(clock.startMs(clock.step(timeMs)));
    }
}
