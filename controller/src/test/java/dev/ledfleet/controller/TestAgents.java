package dev.ledfleet.controller;

import dev.ledfleet.agent.Agent;
import dev.ledfleet.agent.AgentConfig;
import dev.ledfleet.agent.AgentHandle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Real agents on virtual outputs, started in this JVM against the test broker. */
final class TestAgents implements AutoCloseable {

    private final String brokerUrl;
    private final Path stateDir;
    private final String baseTopic;
    private final List<AgentHandle> running = new ArrayList<>();

    TestAgents(String brokerUrl, String baseTopic, Path stateDir) {
        this.brokerUrl = brokerUrl;
        this.baseTopic = baseTopic;
        this.stateDir = stateDir;
    }

    AgentHandle lamp(String id) {
        return start(id, "lamp", "strip:24");
    }

    AgentHandle grid(String id) {
        return start(id, "grid", "grid:16x16,serpentine");
    }

    AgentHandle start(String id, String kind, String layout) {
        return start(id, kind, layout, 30);
    }

    AgentHandle start(String id, String kind, String layout, int fps) {
        try {
            AgentHandle agent = Agent.start(AgentConfig.fromOptions(Map.of("id", id, "kind", kind, "layout", layout,
                    "output", "virtual", "mqtt-url", brokerUrl, "state-dir", stateDir.toString(), "fps", Integer.toString(fps), "base-topic", baseTopic)));
            running.add(agent);
            return agent;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stop(AgentHandle agent) {
        agent.close();
        running.remove(agent);
    }

    @Override
    public void close() {
        running.forEach(AgentHandle::close);
    }
}
