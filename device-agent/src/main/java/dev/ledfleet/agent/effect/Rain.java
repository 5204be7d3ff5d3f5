package dev.ledfleet.agent.effect;

/** Drops of one colour fall down random columns of the grid. */
final class Rain implements Effect, RainDrops.Palette {

    private final StepClock clock;
    private final RainDrops drops;
    private final int color;
    private final int background;

    Rain(EffectSetup setup) {
        this.clock = StepClock.of(setup);
        this.drops = new RainDrops(setup);
        this.color = setup.params().color("color");
        this.background = setup.params().color("background");
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        drops.draw(clock.step(timeMs), canvas, background, this);
    }

    @Override
    public int segmentColor(long drop, int segment) {
        return color;
    }
}
