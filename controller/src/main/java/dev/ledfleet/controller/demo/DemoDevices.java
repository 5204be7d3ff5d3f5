package dev.ledfleet.controller.demo;

import java.nio.file.Path;

/** The demo's two simulated devices; waits for the agent's in-process entry point (branch agent-io). */
final class DemoDevices implements AutoCloseable {

    static DemoDevices start(String brokerUrl, String baseTopic, Path stateDir) {
        throw new IllegalStateException("the device agent's in-process start is not in this build yet");
    }

    @Override
    public void close() {
    }
}
