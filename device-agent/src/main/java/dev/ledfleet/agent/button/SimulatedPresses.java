package dev.ledfleet.agent.button;

import dev.ledfleet.protocol.message.SimulatedButton;

/**
 * Plays a {@link SimulatedButton} action as the edges a finger would make, through the same
 * recogniser as a real button: a click is held 80 ms, a double is two such clicks 120 ms apart, a
 * long press is held 800 ms (so it yields {@code long} then {@code release}).
 */
public final class SimulatedPresses {

    static final int CLICK_MS = 80;
    static final int DOUBLE_GAP_MS = 120;
    static final int LONG_MS = 800;

    private SimulatedPresses() {
    }

    public static void play(SimulatedButton.Action action, ButtonDriver driver) {
        switch (action) {
            case PRESS -> driver.edgeLater(0, true);
            case RELEASE -> driver.edgeLater(0, false);
            case CLICK -> pressFor(driver, 0, CLICK_MS);
            case DOUBLE -> {
                pressFor(driver, 0, CLICK_MS);
                pressFor(driver, CLICK_MS + DOUBLE_GAP_MS, CLICK_MS);
            }
            case LONG -> pressFor(driver, 0, LONG_MS);
        }
    }

    private static void pressFor(ButtonDriver driver, long startMs, long heldMs) {
        driver.edgeLater(startMs, true);
        driver.edgeLater(startMs + heldMs, false);
    }
}
