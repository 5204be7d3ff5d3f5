package dev.ledfleet.agent.engine;

import dev.ledfleet.agent.color.Gamma;
import dev.ledfleet.agent.color.PowerLimiter;
import dev.ledfleet.agent.color.PowerModel;
import dev.ledfleet.agent.layout.PixelMap;

/**
 * How the engine drives its LEDs: target frame rate, how 1-D effects cross a grid, gamma, and the
 * power budget in mA (0 for none) with the current model used to estimate the draw.
 */
public record EngineSettings(double fps, PixelMap map, Gamma gamma, int powerBudgetMa, PowerModel powerModel) {

    public EngineSettings {
        if (!(fps > 0 && fps <= 1000)) {
            throw new IllegalArgumentException("fps must be above 0 and at most 1000, got " + fps);
        }
        if (powerBudgetMa < 0) {
            throw new IllegalArgumentException("power budget must be 0 (none) or more mA, got " + powerBudgetMa);
        }
    }

    /** 60 fps, pixels map, standard gamma, no power budget, WS2812 current model. */
    public static EngineSettings defaults() {
        return new EngineSettings(FrameLoop.DEFAULT_FPS, PixelMap.PIXELS, Gamma.standard(), PowerLimiter.UNLIMITED,
                PowerModel.WS2812);
    }

    public EngineSettings withFps(double newFps) {
        return new EngineSettings(newFps, map, gamma, powerBudgetMa, powerModel);
    }

    public EngineSettings withMap(PixelMap newMap) {
        return new EngineSettings(fps, newMap, gamma, powerBudgetMa, powerModel);
    }

    public EngineSettings withPowerBudgetMa(int budget) {
        return new EngineSettings(fps, map, gamma, budget, powerModel);
    }

    public PowerLimiter limiter() {
        return new PowerLimiter(powerBudgetMa, powerModel);
    }
}
