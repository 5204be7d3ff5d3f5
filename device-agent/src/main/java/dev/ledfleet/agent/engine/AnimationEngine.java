package dev.ledfleet.agent.engine;

import dev.ledfleet.agent.layout.Layout;
import dev.ledfleet.agent.output.LedOutput;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.FrameStats;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.SetCommand;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The agent's {@link LightEngine}: a {@link FrameLoop} rendering with a {@link FrameRenderer} into a
 * {@link LedOutput}. Commands cross from other threads through one atomic reference holding the
 * applied state and the patch still pending, so a command is checked against exactly the state it
 * will meet and a flood of them folds into one patch; the frame thread takes the patch between
 * frames. The output stays the caller's to close.
 */
public final class AnimationEngine implements LightEngine {

    /** The applied state, and the patch that will be applied to it before the next frame (or null). */
    private record Intent(DeviceState base, SetCommand pending) {
    }

    private final Layout layout;
    private final LedOutput output;
    private final FrameRenderer renderer;
    private final LongSupplier epochMillis;
    private final CommandCheck check = CommandCheck.standard();
    private final FrameLoop loop;
    private final AtomicReference<Intent> intent = new AtomicReference<>();
    private final List<Consumer<DeviceState>> listeners = new CopyOnWriteArrayList<>();
    private final int[] published;
    private volatile int frameSequence;
    private DeviceState shown;

    /**
     * @param epochMillis the wall clock animations are anchored to, in epoch ms (ideally corrected
     *                    towards the controller's clock so that start times agree across devices)
     */
    public AnimationEngine(Layout layout, LedOutput output, EngineSettings settings, LongSupplier epochMillis) {
        if (output.pixelCount() != layout.pixelCount()) {
            throw new IllegalArgumentException("layout " + layout + " has " + layout.pixelCount()
                    + " pixels but the output drives " + output.pixelCount());
        }
        this.layout = layout;
        this.output = output;
        this.epochMillis = epochMillis;
        this.renderer = FrameRenderer.standard(layout, settings.map(), settings.gamma(), settings.limiter());
        this.published = new int[layout.pixelCount()];
        this.loop = new FrameLoop("ledfleet-frames", settings.fps(), output.frameWireNanos(), this::frame);
    }

    @Override
    public void start(DeviceState initial) {
        DeviceState checked = initial;
        if (initial.effect() != null) {
            try {
                EffectChoice choice = check.check(new EffectChoice(initial.effect(), initial.params()), "");
                checked = new DeviceState(initial.power(), initial.brightness(), initial.effect(), choice.params(),
                        initial.transitionMs(), initial.playlist(), initial.startAt(), initial.commandId(),
                        initial.stats());
            } catch (InvalidMessageException e) {
                throw new IllegalArgumentException("initial state cannot be shown: " + e.getMessage(), e);
            }
        }
        if (!intent.compareAndSet(null, new Intent(checked, null))) {
            throw new IllegalStateException("engine already started");
        }
        loop.start();
    }

    @Override
    public void submit(SetCommand command) throws InvalidMessageException {
        while (true) {
            Intent current = intent.get();
            if (current == null) {
                throw new IllegalStateException("engine not started");
            }
            DeviceState target = current.pending() == null ? current.base()
                    : StatePatch.apply(current.base(), current.pending());
            SetCommand checked = check.check(command, target);
            Intent next = new Intent(current.base(), StatePatch.merge(current.pending(), checked));
            if (intent.compareAndSet(current, next)) {
                return;
            }
        }
    }

    private void frame(long frameNanos) throws java.io.IOException {
        long now = epochMillis.getAsLong();
        if (shown == null) {
            shown = intent.get().base();
            renderer.show(shown, now);
        }
        Intent current = intent.get();
        if (current.pending() != null) {
            DeviceState next = StatePatch.apply(current.base(), current.pending());
            // Fails only if a command arrived just now; it is then taken, merged, next frame.
            if (intent.compareAndSet(current, new Intent(next, null))) {
                shown = next;
                renderer.show(next, now);
                for (Consumer<DeviceState> listener : listeners) {
                    listener.accept(next);
                }
            }
        }
        renderer.render(now);
        publish(renderer.logicalFrame());
        output.show(renderer.physicalFrame());
    }

    /** A sequence lock: odd while writing, so readers retry instead of seeing half a frame. */
    private void publish(int[] logical) {
        int sequence = frameSequence;
        frameSequence = sequence + 1;
        VarHandle.storeStoreFence();
        System.arraycopy(logical, 0, published, 0, published.length);
        frameSequence = sequence + 2;
    }

    @Override
    public int copyLatestFrame(int[] target) {
        while (true) {
            int before = frameSequence;
            if ((before & 1) == 0) {
                System.arraycopy(published, 0, target, 0, published.length);
                VarHandle.acquireFence();
                if (frameSequence == before) {
                    return before / 2;
                }
            }
            Thread.onSpinWait();
        }
    }

    @Override
    public DeviceState state() {
        Intent current = intent.get();
        if (current == null) {
            throw new IllegalStateException("engine not started");
        }
        return current.base().withStats(stats());
    }

    @Override
    public void onApplied(Consumer<DeviceState> listener) {
        listeners.add(listener);
    }

    @Override
    public FrameStats stats() {
        return loop.stats();
    }

    /** The time between frames actually used: the target, or the output's wire time if longer. */
    public long framePeriodNanos() {
        return loop.periodNanos();
    }

    @Override
    public int width() {
        return layout.width();
    }

    @Override
    public int height() {
        return layout.height();
    }

    @Override
    public void close() {
        loop.close();
    }
}
