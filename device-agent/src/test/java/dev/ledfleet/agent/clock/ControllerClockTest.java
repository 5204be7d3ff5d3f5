package dev.ledfleet.agent.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ControllerClockTest {

    private final AtomicLong local = new AtomicLong(1_000_000);
    private final ControllerClock clock = new ControllerClock(local::get);

    @Test
    void offset_beforeAnyTick_isZero() {
        assertEquals(0, clock.offsetMs());
        assertEquals(local.get(), clock.now());
    }

    @Test
    void offset_keepsTheSampleThatWaitedLeast() {
        // The controller is 5000 ms ahead; the ticks spent 40, 3 and 25 ms on the network.
        clock.tick(1_005_000, 1_000_040);
        clock.tick(1_006_000, 1_001_003);
        clock.tick(1_007_000, 1_002_025);

        assertEquals(4_997, clock.offsetMs());
        assertEquals(1_010_000 - 4_997, clock.toLocal(1_010_000));
    }

    @Test
    void offset_forgetsSamplesOlderThanTheWindow() {
        clock.tick(1_005_000, 1_000_000);
        long later = 1_000_000 + ControllerClock.WINDOW_MS + 1;
        clock.tick(later + 2_000, later);

        assertEquals(2_000, clock.offsetMs());
    }

    @Test
    void heardFromController_followsTheLastTick() {
        assertFalse(clock.heardFromController(10_000));
        clock.tick(local.get());
        assertTrue(clock.heardFromController(10_000));
        local.addAndGet(10_001);
        assertFalse(clock.heardFromController(10_000));
    }
}
