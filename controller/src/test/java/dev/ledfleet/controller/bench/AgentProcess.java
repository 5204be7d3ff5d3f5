package dev.ledfleet.controller.bench;

import dev.ledfleet.agent.AgentMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real device agent in its own JVM ({@code AgentMain run}) on a virtual output, with a state directory. */
final class AgentProcess {

    private final String id;
    private final String mqttUrl;
    private final Path stateDir;
    private Process process;

    AgentProcess(String id, String mqttUrl, Path stateDir) {
        this.id = id;
        this.mqttUrl = mqttUrl;
        this.stateDir = stateDir;
    }

    String id() {
        return id;
    }

    void start() throws IOException {
        Files.createDirectories(stateDir);
        process = new ProcessBuilder(List.of(JavaProcesses.java(), "-Xmx64m", "-XX:TieredStopAtLevel=1",
                "-cp", JavaProcesses.classpath(), AgentMain.class.getName(), "run",
                "--id", id, "--layout", "strip:24", "--output", "virtual", "--fps", "5",
                "--mqtt-url", mqttUrl, "--state-dir", stateDir.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(stateDir.resolve(id + ".log").toFile()))
                .start();
    }

    /** SIGKILL: no shutdown hook, no goodbye on MQTT; the broker publishes the last will. */
    void kill9() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                kill9();
            }
        }
    }
}
