package dev.ledfleet.controller.bench;

import dev.ledfleet.controller.ControllerMain;
import dev.ledfleet.controller.TestAccess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real controller in its own JVM ({@link ControllerMain}, as {@code java -jar} runs it) with a data
 * directory, so it can be killed with SIGKILL and its heap and CPU read without the simulated
 * devices in the numbers.
 */
final class ControllerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("ledfleet controller on http://[^:]+:(\\d+)/");

    private final Process process;
    private final int httpPort;
    private final String token;

    private ControllerProcess(Process process, int httpPort, String token) {
        this.process = process;
        this.httpPort = httpPort;
        this.token = token;
    }

    /** Starts the controller and waits until its HTTP port is bound. */
    static ControllerProcess start(String mqttUrl, Path dataDir, List<String> jvmOptions) throws IOException {
        Files.createDirectories(dataDir);
        String token = TestAccess.prepare(dataDir);
        List<String> command = new ArrayList<>(List.of(JavaProcesses.java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", JavaProcesses.classpath(), ControllerMain.class.getName(),
                "--mqtt-url", mqttUrl, "--http-host", "127.0.0.1", "--http-port", "0", "--data-dir", dataDir.toString()));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling(dataDir.getFileName() + "-stderr.log").toFile()))
                .start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> drain(process, port), "controller-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        try {
            return new ControllerProcess(process, port.get(60, TimeUnit.SECONDS), token);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("controller did not start (see " + dataDir + "-stderr.log): " + e, e);
        }
    }

    private static void drain(Process process, CompletableFuture<Integer> port) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        port.completeExceptionally(new IllegalStateException("controller exited with " + exitCode(process)));
    }

    private static String exitCode(Process process) {
        try {
            return Integer.toString(process.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    int httpPort() {
        return httpPort;
    }

    /** A REST client logged in with a bearer token made for this controller's data directory. */
    Rest rest() {
        return new Rest(httpPort, token);
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the controller process has used so far (user + system). */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Heap in use right after a full GC, in bytes, read with {@code jcmd} as an operator would. */
    long heapAfterGc() throws IOException, InterruptedException {
        JavaProcesses.jcmd(pid(), "GC.run");
        String info = JavaProcesses.jcmd(pid(), "GC.heap_info");
        Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IOException("unexpected GC.heap_info output: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** SIGKILL, as a power cut or the OOM killer would end it. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
