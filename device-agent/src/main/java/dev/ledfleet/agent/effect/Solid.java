package dev.ledfleet.agent.effect;

/** Every pixel one colour. */
final class Solid implements Effect {

    private final int color;

    Solid(EffectSetup setup) {
        this.color = setup.params().color("color");
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        canvas.fill(color);
    }
}
