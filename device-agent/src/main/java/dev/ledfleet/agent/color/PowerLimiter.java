package dev.ledfleet.agent.color;

/**
 * Keeps the estimated draw of a frame within a budget by scaling it down, the way WLED's automatic
 * brightness limiter protects a power supply: the frame keeps its look, just dimmer. Works on the
 * levels actually sent to the LEDs, i.e. after gamma, because the current follows the PWM duty.
 */
public final class PowerLimiter {

    /** A budget of 0 means no limit. */
    public static final int UNLIMITED = 0;

    private final int budgetMa;
    private final PowerModel model;
    private int lastScale = 65_536;

    public PowerLimiter(int budgetMa, PowerModel model) {
        if (budgetMa < 0) {
            throw new IllegalArgumentException("power budget must be 0 (unlimited) or more mA, got " + budgetMa);
        }
        this.budgetMa = budgetMa;
        this.model = model;
    }

    public int budgetMa() {
        return budgetMa;
    }

    public PowerModel model() {
        return model;
    }

    /**
     * Scales {@code length} packed colours of {@code pixels} in place so that their estimate is at
     * most the budget; returns the factor applied, in 1/65536 (65536 = untouched).
     */
    public int limit(int[] pixels, int length) {
        lastScale = 65_536;
        if (budgetMa == UNLIMITED) {
            return lastScale;
        }
        long channels = PowerModel.channelSum(pixels, length);
        double channelBudget = budgetMa - model.idleMa() * length;
        double wanted = model.channelMa() * channels / 255.0;
        if (wanted <= channelBudget) {
            return lastScale;
        }
        // Rounded down, and each channel is floored below, so the estimate can only land under the budget.
        lastScale = channelBudget <= 0 ? 0 : (int) Math.floor(65_536 * channelBudget / wanted);
        for (int i = 0; i < length; i++) {
            int rgb = pixels[i];
            int r = (((rgb >>> 16) & 0xff) * lastScale) >>> 16;
            int g = (((rgb >>> 8) & 0xff) * lastScale) >>> 16;
            int b = ((rgb & 0xff) * lastScale) >>> 16;
            pixels[i] = (r << 16) | (g << 8) | b;
        }
        return lastScale;
    }

    /** The factor of the last {@link #limit} call, in 1/65536. */
    public int lastScale() {
        return lastScale;
    }
}
