package dev.ledfleet.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FrameLoopTest {

    @Test
    void period_isCappedByWireTime() {
        assertThat(new FrameLoop("t", 60, 0, n -> { }).periodNanos()).isEqualTo(16_666_666);
        // a 1000-LED WS2812 chain needs 30 ms per frame: 60 fps is impossible, the loop runs at ~33
        assertThat(new FrameLoop("t", 60, 30_000_000, n -> { }).periodNanos()).isEqualTo(30_000_000);
    }

    @Test
    void fpsOutOfRange_isRejected() {
        assertThatThrownBy(() -> new FrameLoop("t", 0, 0, n -> { })).hasMessageContaining("fps");
    }

    @Test
    void loop_runsFrames_survivesAFailingFrame_andStopsOnClose() throws InterruptedException {
        AtomicLong frames = new AtomicLong();
        FrameLoop loop = new FrameLoop("t", 100, 0, n -> {
            if (frames.incrementAndGet() == 3) {
                throw new IllegalStateException("one bad frame");
            }
        });
        loop.start();
        long giveUp = System.nanoTime() + 10_000_000_000L;
        while (loop.stats().fps() == 0 && System.nanoTime() < giveUp) {
            Thread.sleep(20);
        }
        loop.close();
        long stopped = frames.get();
        assertThat(stopped).isGreaterThan(3);
        assertThat(loop.stats().fps()).isPositive();
        Thread.sleep(100);
        assertThat(frames.get()).isEqualTo(stopped);
    }
}
