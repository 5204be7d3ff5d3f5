package dev.ledfleet.controller.ui;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The one-command demo ({@code java -jar ledfleet-controller.jar --demo}) on free ports, as a newcomer
 * would start it, built by the package phase before Failsafe runs.
 */
final class RunningDemo implements AutoCloseable {

    private static final Path JAR = Paths.get("target", "ledfleet-controller.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Path LOG = Paths.get("target", "phone-ui-demo.log");

    private final int httpPort;
    private final int mqttPort;
    private final Path dataDir;
    private Process process;

    private RunningDemo(int httpPort, int mqttPort, Path dataDir) {
        this.httpPort = httpPort;
        this.mqttPort = mqttPort;
        this.dataDir = dataDir;
    }

    static RunningDemo start(Path dataDir) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing; run `mvn verify`, which packages it first");
        }
        Files.deleteIfExists(LOG);
        RunningDemo demo = new RunningDemo(freePort(), freePort(), dataDir);
        demo.launch();
        return demo;
    }

    /** Stops the whole demo and starts it again on the same ports and data, like a controller restart. */
    void restart() throws IOException, InterruptedException {
        stop();
        launch();
    }

    private void launch() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        process = new ProcessBuilder(List.of(java, "-jar", JAR.toString(), "--demo",
                "--http-port", String.valueOf(httpPort), "--mqtt-port", String.valueOf(mqttPort),
                "--data-dir", dataDir.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                .start();
        awaitHealthy();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The demo's embedded broker, for tests that play the rest of the house. */
    String mqttUrl() {
        return "tcp://127.0.0.1:" + mqttPort;
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the demo exited with " + process.exitValue() + ":\n" + Files.readString(LOG));
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        stop();
        throw new IllegalStateException("the demo did not answer /api/health within " + START_TIMEOUT + ":\n" + Files.readString(LOG));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void stop() throws InterruptedException {
        // SIGTERM, the same path as Ctrl-C: the demo's shutdown hook stops agents, controller and broker.
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
