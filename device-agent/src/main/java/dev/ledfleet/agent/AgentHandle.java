package dev.ledfleet.agent;

import dev.ledfleet.agent.button.ButtonDriver;
import dev.ledfleet.agent.button.GpioButton;
import dev.ledfleet.agent.engine.LightEngine;
import dev.ledfleet.agent.mqtt.AgentConnection;
import dev.ledfleet.agent.output.LedOutput;
import dev.ledfleet.agent.state.StateKeeper;
import java.io.IOException;

/** A running agent. {@link #close()} says {@code offline}, stops the frame loop and saves what is pending. */
public final class AgentHandle implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AgentHandle.class.getName());

    private final AgentConfig config;
    private final LightEngine engine;
    private final LedOutput output;
    private final AgentConnection connection;
    private final StateKeeper keeper;
    private final ButtonDriver button;
    private final GpioButton gpio;
    private boolean closed;

    AgentHandle(AgentConfig config, LightEngine engine, LedOutput output, AgentConnection connection,
            StateKeeper keeper, ButtonDriver button, GpioButton gpio) {
        this.config = config;
        this.engine = engine;
        this.output = output;
        this.connection = connection;
        this.keeper = keeper;
        this.button = button;
        this.gpio = gpio;
    }

    public AgentConfig config() {
        return config;
    }

    public LightEngine engine() {
        return engine;
    }

    /** The LED output; a {@code VirtualOutput} for simulated devices. */
    public LedOutput output() {
        return output;
    }

    public boolean isConnected() {
        return connection.isConnected();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (gpio != null) {
            gpio.close();
        }
        if (button != null) {
            button.close();
        }
        connection.close();
        engine.close();
        keeper.close();
        try {
            output.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the output: {0}", e.getMessage());
        }
    }
}
