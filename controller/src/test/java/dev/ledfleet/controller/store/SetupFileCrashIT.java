package dev.ledfleet.controller.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.controller.fleet.SetupSnapshot;
import dev.ledfleet.protocol.message.MessageCodec;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process with SIGKILL while it saves configurations in a loop, at a random moment, and
 * checks the file left behind: it must load, whole, holding at least the last save the process
 * reported as done.
 */
class SetupFileCrashIT {

    @TempDir
    Path dir;

    @RepeatedTest(5)
    void killMinusNine_duringSaves_leavesTheLastCompletedSaveReadable() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SaveLoop.class.getName(), dir.toString()).redirectErrorStream(true).start();
        int lastReported = 0;
        int killAfter = ThreadLocalRandom.current().nextInt(5, 60);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    lastReported = Integer.parseInt(line.substring(6));
                    if (lastReported >= killAfter) {
                        process.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            process.destroyForcibly().waitFor();
        }

        SetupSnapshot loaded = new SetupFile(dir, MessageCodec.standard()).load();

        assertThat(lastReported).as("the save loop ran").isGreaterThanOrEqualTo(killAfter);
        int groups = loaded.groups().size();
        assertThat(groups).isGreaterThanOrEqualTo(lastReported);
        for (int n = 1; n <= groups; n++) {
            assertThat(loaded.groups().get("g" + n).members()).containsExactly("lamp-" + n, "grid-" + n);
        }
    }
}
