package dev.ledfleet.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.button.Gesture;
import dev.ledfleet.agent.engine.AnimationEngine;
import dev.ledfleet.agent.engine.EngineSettings;
import dev.ledfleet.agent.layout.Layout;
import dev.ledfleet.agent.output.VirtualOutput;
import dev.ledfleet.protocol.message.ButtonEvent;
import dev.ledfleet.protocol.message.ButtonGesture;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.FavouriteList;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Gestures through the real engine, with and without someone listening on the network. */
class ButtonEventsTest {

    private static final FavouriteList FAVOURITES = new FavouriteList(List.of(
            new EffectChoice("solid", Map.of("color", "#ff0000")), new EffectChoice("solid", Map.of("color", "#0000ff"))));
    private static final DeviceState WHITE = new DeviceState(true, 100, "solid", Map.of("color", "#ffffff"), 0,
            null, null, "boot", null);

    private final VirtualOutput output = new VirtualOutput(4);
    private final AnimationEngine engine = new AnimationEngine(Layout.parse("strip:4"), output,
            EngineSettings.defaults().withFps(200), System::currentTimeMillis);
    private final List<ButtonEvent> published = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        engine.close();
    }

    private ButtonEvents events(boolean controllerListening) {
        engine.start(WHITE);
        return new ButtonEvents(published::add, () -> controllerListening, engine, () -> FAVOURITES);
    }

    /** Waits for the frame thread; the limit only guards against a hang. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long giveUp = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition never became true").isLessThan(giveUp);
            Thread.sleep(5);
        }
    }

    @Test
    void gestures_arePublishedWithRisingSequenceNumbers() {
        ButtonEvents events = events(true);

        events.gesture(new Gesture(ButtonGesture.CLICK, 0));
        events.gesture(new Gesture(ButtonGesture.DOUBLE, 500));

        assertThat(published).extracting(ButtonEvent::seq).containsExactly(0L, 1L);
        assertThat(published).extracting(ButtonEvent::gesture).containsExactly(ButtonGesture.CLICK, ButtonGesture.DOUBLE);
    }

    @Test
    void click_nobodyListening_showsTheFirstFavourite() throws Exception {
        events(false).gesture(new Gesture(ButtonGesture.CLICK, 0));

        await(() -> "button-1".equals(engine.state().commandId()));
        assertThat(engine.state().params()).containsEntry("color", "#ff0000");
        await(() -> output.latestFrame()[0] != 0 && (output.latestFrame()[0] & 0x00ffff) == 0);
    }

    @Test
    void longPressLetGo_nobodyListening_switchesOff() throws Exception {
        ButtonEvents events = events(false);
        events.gesture(new Gesture(ButtonGesture.LONG, 600));
        events.gesture(new Gesture(ButtonGesture.RELEASE, 700));

        await(() -> "button-1".equals(engine.state().commandId()));
        assertThat(engine.state().power()).isFalse();
    }

    @Test
    void click_controllerListening_leavesTheDecisionToIt() throws Exception {
        events(true).gesture(new Gesture(ButtonGesture.CLICK, 0));
        // A command submitted afterwards is applied after anything the click could have queued.
        engine.submit(new SetCommand("probe", null, 120, null, null, null, null, null));

        await(() -> "probe".equals(engine.state().commandId()));
        assertThat(engine.state().params()).containsEntry("color", "#ffffff");
    }
}
