package dev.ledfleet.agent.effect.classic;

import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import dev.ledfleet.agent.effect.EffectParams;
import dev.ledfleet.agent.effect.EffectSetup;
import dev.ledfleet.agent.effect.StepRandom;

/**
 * Flames flicker up from the bottom of every column of a grid (on a strip, one flame from the first
 * pixel to the last): the Fire2012 heat simulation, black through red and yellow to white.
 *
 * <p>The heat is state, so it is advanced step by step up to the frame's step. It stays a function
 * of seed and time: a jump backwards, or forwards by more than {@link #WARM_UP} steps, restarts from
 * cold {@code WARM_UP} steps before the target and replays them. Replaying everything since the
 * start after an hour would stall a frame; within the warm-up, cooling to 0 and sparks saturating
 * at 255 make any two histories agree, so a device that rendered every step draws the same flames.
 */
public final class Fire implements Effect {

    static final int WARM_UP = 400;

    private final long seed;
    private final double stepMs;
    private final int cooling;
    private final int sparking;
    private final boolean strip;
    private final int flames;
    private final int length;
    private final int sparkZone;
    private final int[] heat;
    private long lastStep = -1;

    public Fire(EffectSetup setup) {
        EffectParams params = setup.params();
        this.seed = setup.seed();
        this.stepMs = params.number("speed") * 1000;
        this.cooling = params.integer("cooling");
        this.sparking = params.integer("sparking");
        this.strip = setup.height() == 1;
        this.flames = strip ? 1 : setup.width();
        this.length = strip ? setup.width() : setup.height();
        // Fire2012 ignites the lowest 7 of 30-60 cells; a 16-row panel needs a lower base to look like flames.
        this.sparkZone = Math.max(1, Math.min(7, length / 3));
        this.heat = new int[flames * length];
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        advanceTo((long) Math.floor(timeMs / stepMs));
        for (int flame = 0; flame < flames; flame++) {
            for (int i = 0; i < length; i++) {
                int color = heatColor(heat[flame * length + i]);
                if (strip) {
                    canvas.set(i, 0, color);
                } else {
                    canvas.set(flame, canvas.height() - 1 - i, color);
                }
            }
        }
    }

    private void advanceTo(long target) {
        if (target < lastStep || target - lastStep > WARM_UP) {
            java.util.Arrays.fill(heat, 0);
            lastStep = Math.max(-1, target - WARM_UP);
        }
        while (lastStep < target) {
            lastStep++;
            for (int flame = 0; flame < flames; flame++) {
                step(lastStep, flame);
            }
        }
    }

    /** One Fire2012 step of one flame: every cell cools, heat drifts up, and a spark may ignite near the base. */
    private void step(long step, int flame) {
        int base = flame * length;
        int maxCooling = cooling * 10 / length + 2;
        for (int i = 0; i < length; i++) {
            heat[base + i] = Math.max(0, heat[base + i] - StepRandom.below(seed, step, base + i, maxCooling));
        }
        for (int i = length - 1; i >= 2; i--) {
            heat[base + i] = (heat[base + i - 1] + 2 * heat[base + i - 2]) / 3;
        }
        long dice = StepRandom.bits(seed, step, -1 - flame);
        if ((dice & 0xff) < sparking) {
            int cell = base + (int) (((dice >>> 8) & 0xff) % sparkZone);
            heat[cell] = Math.min(255, heat[cell] + 160 + (int) (((dice >>> 16) & 0xff) % 96));
        }
    }

    /** Heat 0-255 to black, then red, then yellow, then white. */
    static int heatColor(int heat) {
        int t = heat * 191 / 255;
        int ramp = (t & 0x3f) << 2;
        if (t >= 0x80) {
            return 0xffff00 | ramp;
        }
        if (t >= 0x40) {
            return 0xff0000 | (ramp << 8);
        }
        return ramp << 16;
    }
}
