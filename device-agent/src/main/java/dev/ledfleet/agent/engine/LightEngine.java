package dev.ledfleet.agent.engine;

import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.FrameStats;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.function.Consumer;

/**
 * What the rest of the agent may ask of the animation engine. Every method is safe to call from any
 * thread and returns without waiting for the frame loop: commands are handed over lock-free and
 * applied between two frames.
 */
public interface LightEngine extends AutoCloseable {

    /** Starts the frame loop, showing {@code initial} from the first frame. */
    void start(DeviceState initial);

    /**
     * Checks {@code command} against the state it will be applied to (for example, parameters
     * without an effect are checked against the current effect) and queues it. Commands queued
     * faster than frames are merged, latest field wins, so a flood never stalls the loop.
     *
     * @throws InvalidMessageException when the command cannot apply; nothing is queued then
     */
    void submit(SetCommand command) throws InvalidMessageException;

    /** The last state the frame loop applied. */
    DeviceState state();

    /** Called on the frame thread right after a command is applied; listeners must not block. */
    void onApplied(Consumer<DeviceState> listener);

    /** Frame-rate statistics since start. */
    FrameStats stats();

    /**
     * Copies the latest rendered frame, logical row-major packed {@code 0xRRGGBB} with brightness
     * applied and no gamma, into {@code target} (width * height long) and returns its sequence number.
     */
    int copyLatestFrame(int[] target);

    int width();

    int height();

    @Override
    void close();
}
