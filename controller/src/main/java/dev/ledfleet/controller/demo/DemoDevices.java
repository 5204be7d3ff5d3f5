package dev.ledfleet.controller.demo;

import dev.ledfleet.agent.Agent;
import dev.ledfleet.agent.AgentConfig;
import dev.ledfleet.agent.AgentHandle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo's two simulated devices: the real agent code in this JVM, on virtual outputs, talking to
 * the broker like any device would.
 */
final class DemoDevices implements AutoCloseable {

    private final List<AgentHandle> agents;

    private DemoDevices(List<AgentHandle> agents) {
        this.agents = agents;
    }

    static DemoDevices start(String brokerUrl, String baseTopic, Path stateDir) throws IOException {
        List<AgentHandle> agents = new ArrayList<>();
        try {
            agents.add(Agent.start(AgentConfig.fromOptions(options(DemoSetup.LAMP, "Fiber lamp", "lamp", "strip:24",
                    brokerUrl, baseTopic, stateDir))));
            agents.add(Agent.start(AgentConfig.fromOptions(options(DemoSetup.GRID, "Pixel grid", "grid",
                    "grid:16x16,serpentine", brokerUrl, baseTopic, stateDir))));
        } catch (IOException | RuntimeException e) {
            agents.forEach(AgentHandle::close);
            throw e;
        }
        return new DemoDevices(agents);
    }

    static Map<String, String> options(String id, String name, String kind, String layout, String brokerUrl,
            String baseTopic, Path stateDir) {
        return Map.of("id", id, "name", name, "kind", kind, "layout", layout, "output", "virtual",
                "mqtt-url", brokerUrl, "state-dir", stateDir.toString(), "base-topic", baseTopic);
    }

    @Override
    public void close() {
        agents.forEach(AgentHandle::close);
    }
}
