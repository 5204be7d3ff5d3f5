package dev.ledfleet.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledfleet.agent.layout.Layout;
import dev.ledfleet.agent.output.VirtualOutput;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.PowerChange;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnimationEngineTest {

    private static final DeviceState RED = new DeviceState(true, 255, "solid", Map.of("color", "#ff0000"), 0,
            null, null, null, null);

    private final VirtualOutput output = new VirtualOutput(16);
    private final AnimationEngine engine = new AnimationEngine(Layout.parse("grid:4x4"), output,
            EngineSettings.defaults().withFps(200), System::currentTimeMillis);

    @AfterEach
    void stop() {
        engine.close();
    }

    /** Waits for the frame thread; the limit only guards against a hang, it is not a performance claim. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long giveUp = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition never became true").isLessThan(giveUp);
            Thread.sleep(5);
        }
    }

    private static SetCommand color(String id, String color) {
        return new SetCommand(id, null, null, null, Map.of("color", color), null, null, null);
    }

    @Test
    void start_showsInitialState_onOutputAndPreview() throws InterruptedException {
        engine.start(RED);
        await(() -> output.framesShown() > 2);
        assertThat(output.latestFrame()).containsOnly(0xff0000);
        int[] preview = new int[16];
        assertThat(engine.copyLatestFrame(preview)).isPositive();
        assertThat(preview).containsOnly(0xff0000);
        assertThat(engine.width()).isEqualTo(4);
    }

    @Test
    void submit_isAppliedBetweenFrames_andListenerGetsStateWithCommandId() throws Exception {
        List<DeviceState> applied = new CopyOnWriteArrayList<>();
        engine.onApplied(applied::add);
        engine.start(RED);
        engine.submit(color("c-1", "#0000ff"));
        await(() -> !applied.isEmpty() && applied.get(applied.size() - 1).commandId().equals("c-1"));
        assertThat(applied.get(applied.size() - 1).params()).containsEntry("color", "#0000ff");
        await(() -> output.latestFrame()[0] == 0x0000ff);
        assertThat(engine.state().commandId()).isEqualTo("c-1");
    }

    @Test
    void floodOfCommands_foldsIntoLatest() throws Exception {
        List<DeviceState> applied = new CopyOnWriteArrayList<>();
        engine.onApplied(applied::add);
        engine.start(RED);
        for (int i = 0; i < 1000; i++) {
            engine.submit(new SetCommand("b-" + i, null, i % 256, null, null, null, null, null));
        }
        engine.submit(new SetCommand("last", PowerChange.TOGGLE, null, null, null, null, null, null));
        await(() -> "last".equals(engine.state().commandId()));
        assertThat(applied.size()).isLessThan(1001);
        assertThat(engine.state().brightness()).isEqualTo(999 % 256);
        assertThat(engine.state().power()).isFalse();
        await(() -> output.latestFrame()[0] == 0);
    }

    @Test
    void paramsAfterPendingEffect_areCheckedAgainstThatEffect() throws Exception {
        engine.start(RED);
        engine.submit(new SetCommand("a", null, null, "layout-test", null, null, null, null));
        // layout-test has no colour, even if the frame thread has not switched from solid yet
        assertThatThrownBy(() -> engine.submit(color("b", "#00ff00"))).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("'layout-test'");
    }

    @Test
    void invalidCommand_changesNothing() throws Exception {
        engine.start(RED);
        await(() -> output.framesShown() > 1);
        assertThatThrownBy(() -> engine.submit(color("bad", "crimson"))).hasMessageContaining("params.color");
        engine.submit(new SetCommand("ok", null, 255, null, null, null, null, null));
        await(() -> "ok".equals(engine.state().commandId()));
        assertThat(engine.state().params()).containsEntry("color", "#ff0000");
    }

    @Test
    void stats_reportFrameRate_afterAWindow() throws InterruptedException {
        engine.start(RED);
        await(() -> engine.stats().fps() > 0);
        assertThat(engine.stats().fps()).isLessThanOrEqualTo(201);
        assertThat(engine.state().stats()).isNotNull();
    }

    @Test
    void submitBeforeStart_isRefused() {
        assertThatThrownBy(() -> engine.submit(color("x", "#ffffff"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void frameThread_allocatesNothingPerFrame_inSteadyState() throws Exception {
        engine.start(new DeviceState(true, 200, "comet", Map.of(), 0, null, null, null, null));
        await(() -> output.framesShown() > 100);
        Thread frames = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("ledfleet-frames")).findFirst().orElseThrow();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long shownBefore = output.framesShown();
        long before = threads.getThreadAllocatedBytes(frames.getId());
        Thread.sleep(1_000);
        long allocated = threads.getThreadAllocatedBytes(frames.getId()) - before;
        long shown = output.framesShown() - shownBefore;
        assertThat(shown).isPositive();
        // under a byte per frame: see FrameRendererAllocationTest for why not exactly zero
        assertThat(allocated).isLessThan(shown);
    }
}
