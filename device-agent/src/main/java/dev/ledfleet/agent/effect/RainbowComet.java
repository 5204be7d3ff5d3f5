package dev.ledfleet.agent.effect;

import dev.ledfleet.agent.color.Rgb;

/** A comet whose head sits at one hue and whose fading tail runs round the colour wheel. */
final class RainbowComet implements Effect {

    private final StepClock clock;
    private final CometTrail trail;
    private final int[] colors;

    RainbowComet(EffectSetup setup) {
        EffectParams params = setup.params();
        int pixels = setup.width() * setup.height();
        int tail = params.integer("tail-length");
        int wheelStep = params.integer("step") == 0 ? 256 / tail : params.integer("step");
        int offset = params.integer("colorwheel-offset");
        this.clock = StepClock.of(setup);
        this.trail = new CometTrail(pixels, tail, params.bool("reverse"), params.bool("bounce"), params.bool("ring"));
        this.colors = new int[tail];
        for (int i = 0; i < tail; i++) {
            int fromHead = tail - 1 - i;
            colors[i] = Rgb.scale(Rgb.wheel(fromHead * wheelStep + offset), Comet.intensity(i, tail));
        }
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        trail.draw(clock.step(timeMs), canvas, colors, 0, 0);
    }

    @Override
    public long cyclesCompleted(long timeMs) {
        return trail.cycles(clock.step(timeMs));
    }
}
