package dev.ledfleet.controller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.controller.store.SetupFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControllerMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ControllerMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void help_printsUsageWithEveryFlag() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--http-port", "--mqtt-url", "--mqtt-user",
                "--mqtt-password-file", "--data-dir", "--base-topic", "--config", "--demo", "--public-origin", "provision-device", "add-user");
    }

    @Test
    void unknownOption_failsWithItsName() {
        assertThat(run("--colour", "red")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--colour");
    }

    @Test
    void unknownSubCommand_failsWithItsName() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("frobnicate");
    }

    @Test
    void damagedConfiguration_stopsStartUpWithPathAndProblem_andKeepsTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(SetupFile.FILE_NAME);
        Files.writeString(file, "{\"version\":1,\"groups\":[");

        int status = run("--data-dir", dir.toString(), "--http-port", "0", "--mqtt-url", "tcp://127.0.0.1:9");

        assertThat(status).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(file.toString()).contains("damaged");
        assertThat(Files.readString(file)).isEqualTo("{\"version\":1,\"groups\":[");
    }

    @Test
    void provisionDevice_isDispatchedToItsCommand() {
        int status = run("provision-device", "--help");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--device-ca-path");
    }

    @Test
    void startWithoutAnyUser_refusesAndSaysHowToAddOne(@TempDir Path dir) {
        int status = run("--data-dir", dir.toString(), "--http-port", "0", "--mqtt-url", "tcp://127.0.0.1:9");

        assertThat(status).isEqualTo(4);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no user can log in").contains("add-user <name> --data-dir " + dir);
    }
}
