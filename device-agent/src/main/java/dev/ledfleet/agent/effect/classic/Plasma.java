package dev.ledfleet.agent.effect.classic;

import dev.ledfleet.agent.color.Rgb;
import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import dev.ledfleet.agent.effect.EffectParams;
import dev.ledfleet.agent.effect.EffectSetup;

/**
 * Smooth rainbow blobs swirl across the grid: the hue at each pixel is a sum of four drifting sine
 * waves (along x, along y, along the diagonal and in rings around the centre).
 */
public final class Plasma implements Effect {

    /** Sine over one turn in table steps; the spatial parts of each wave are precomputed per pixel. */
    private static final int TABLE = 1024;
    private static final double[] SINE = new double[TABLE];

    static {
        for (int i = 0; i < TABLE; i++) {
            SINE[i] = Math.sin(2 * Math.PI * i / TABLE);
        }
    }

    private final double periodMs;
    private final int width;
    private final double[] alongX;
    private final double[] alongY;
    private final double[] diagonal;
    private final double[] ring;

    public Plasma(EffectSetup setup) {
        EffectParams params = setup.params();
        this.periodMs = params.number("period") * 1000;
        this.width = setup.width();
        int height = setup.height();
        double scale = params.number("scale") * TABLE / 16.0;
        this.alongX = new double[width];
        this.alongY = new double[height];
        this.diagonal = new double[width * height];
        this.ring = new double[width * height];
        for (int x = 0; x < width; x++) {
            alongX[x] = x * scale * 1.3;
        }
        for (int y = 0; y < height; y++) {
            alongY[y] = y * scale * 1.7;
        }
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                diagonal[y * width + x] = (x + y) * scale * 0.8;
                ring[y * width + x] = Math.hypot(x - cx, y - cy) * scale * 1.5;
            }
        }
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        double turns = timeMs / periodMs;
        double phase = (turns - Math.floor(turns)) * TABLE;
        int w = Math.min(width, canvas.width());
        int h = Math.min(alongY.length, canvas.height());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * width + x;
                double v = sine(alongX[x] + phase) + sine(alongY[y] - 2 * phase)
                        + sine(diagonal[i] + 3 * phase) + sine(ring[i] - phase);
                canvas.set(x, y, Rgb.hsv(v / 8 + turns, 1, 1));
            }
        }
    }

    /** One cycle is one period. */
    @Override
    public long cyclesCompleted(long timeMs) {
        return Math.max(0, (long) Math.floor(timeMs / periodMs));
    }

    private static double sine(double tableSteps) {
        return SINE[(int) Math.floor(tableSteps) & (TABLE - 1)];
    }
}
