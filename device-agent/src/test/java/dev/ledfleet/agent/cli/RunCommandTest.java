package dev.ledfleet.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @Test
    void options_flagsOverrideTheConfigFile(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("agent.properties");
        Files.writeString(config, "id = kitchen-lamp\nlayout = strip:30\nfps = 50\n");

        Map<String, String> options = RunCommand.options(new String[] {"--config", config.toString(), "--fps", "25",
                "--output=virtual"});

        assertThat(options).containsEntry("id", "kitchen-lamp").containsEntry("layout", "strip:30")
                .containsEntry("fps", "25").containsEntry("output", "virtual").doesNotContainKey("config");
    }

    @Test
    void options_flagWithoutValue_isRejected() {
        assertThatThrownBy(() -> RunCommand.options(new String[] {"--id"})).hasMessageContaining("--id needs a value");
    }

    @Test
    void run_help_printsEveryOption() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = RunCommand.run(new String[] {"--help"}, new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));

        assertThat(status).isZero();
        assertThat(out.toString()).contains("--id", "--name", "--kind", "--layout", "--output", "--button-pin",
                "--mqtt-url", "--mqtt-user", "--mqtt-password-file", "--ca-file", "--fps", "--power-budget-ma",
                "--state-dir", "--base-topic");
    }

    @Test
    void run_missingRequiredOption_exitsWith2AndSaysWhich() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = RunCommand.run(new String[] {"--id", "lamp"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("'layout' is required");
    }
}
