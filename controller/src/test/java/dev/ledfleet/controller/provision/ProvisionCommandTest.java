package dev.ledfleet.controller.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvisionCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int provision(String... args) {
        return ProvisionCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path passwd() {
        return dir.resolve("ledfleet.passwd");
    }

    private String devicePassword(String id) throws IOException {
        return Files.readString(dir.resolve("out").resolve(id + ".password")).strip();
    }

    private MosquittoPasswordHash entry(String id) throws IOException {
        return PasswordFile.load(passwd()).find(id).orElseThrow();
    }

    private String[] args(String id, String... more) {
        List<String> all = new ArrayList<>(List.of(id, "--password-file", passwd().toString(),
                "--out-dir", dir.resolve("out").toString(), "--mqtt-url", "ssl://hub.local:8883"));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void provision_newDevice_addsHashMatchingThePasswordWrittenForTheAgent() throws IOException {
        assertThat(provision(args("kitchen-lamp"))).isZero();

        assertThat(entry("kitchen-lamp").matches(devicePassword("kitchen-lamp"))).isTrue();
        assertThat(Files.readAllLines(passwd())).singleElement().asString().startsWith("kitchen-lamp:$7$101$");
    }

    @Test
    void provision_printsAgentOptionsButNeverThePassword() throws IOException {
        provision(args("kitchen-lamp"));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("--id kitchen-lamp --mqtt-url ssl://hub.local:8883 --mqtt-user kitchen-lamp"
                + " --mqtt-password-file /etc/ledfleet/mqtt.password --ca-file /etc/ledfleet/ca.crt");
        assertThat(printed).contains("systemctl reload mosquitto");
        assertThat(printed).doesNotContain(devicePassword("kitchen-lamp"));
    }

    @Test
    void provision_newPasswordFile_saysHowToLetTheBrokerReadIt() throws IOException {
        provision(args("kitchen-lamp"));
        String first = out.toString(StandardCharsets.UTF_8);
        out.reset();
        provision(args("desk-grid"));

        assertThat(first).contains("chown root:mosquitto " + passwd());
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("chown");
    }

    @Test
    void provision_agentPasswordFile_isReadableByOwnerOnly() throws IOException {
        provision(args("kitchen-lamp"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out/kitchen-lamp.password"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwd()))).isEqualTo("rw-r-----");
    }

    @Test
    void provision_existingDeviceWithoutRotate_isRefusedAndChangesNothing() throws IOException {
        provision(args("kitchen-lamp"));
        String before = Files.readString(passwd());
        String passwordBefore = devicePassword("kitchen-lamp");

        int status = provision(args("kitchen-lamp"));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already has credentials").contains("--rotate");
        assertThat(Files.readString(passwd())).isEqualTo(before);
        assertThat(devicePassword("kitchen-lamp")).isEqualTo(passwordBefore);
    }

    @Test
    void provision_rotate_replacesTheEntryInPlaceAndKeepsOtherLines() throws IOException {
        Files.writeString(passwd(), "ledfleet_controller:$7$101$c2FsdHNhbHRzYWx0$aGFzaA==\n");
        provision(args("kitchen-lamp"));
        provision(args("desk-grid"));
        String oldPassword = devicePassword("kitchen-lamp");

        assertThat(provision(args("kitchen-lamp", "--rotate"))).isZero();

        List<String> lines = Files.readAllLines(passwd());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("ledfleet_controller:$7$101$c2FsdHNhbHRzYWx0$aGFzaA==");
        assertThat(lines.get(1)).startsWith("kitchen-lamp:");
        assertThat(lines.get(2)).startsWith("desk-grid:");
        assertThat(devicePassword("kitchen-lamp")).isNotEqualTo(oldPassword);
        assertThat(entry("kitchen-lamp").matches(devicePassword("kitchen-lamp"))).isTrue();
        assertThat(entry("kitchen-lamp").matches(oldPassword)).isFalse();
    }

    @Test
    void provision_rotate_keepsTheModeOfTheExistingFile() throws IOException {
        Files.writeString(passwd(), "");
        Files.setPosixFilePermissions(passwd(), PosixFilePermissions.fromString("rw-rw----"));

        provision(args("kitchen-lamp"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwd()))).isEqualTo("rw-rw----");
    }

    @Test
    void provision_leavesNoTemporaryFilesBehind() throws IOException {
        provision(args("kitchen-lamp"));

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ledfleet.passwd", "out");
        }
    }

    @Test
    void provision_invalidId_isRejectedWithTheReason() {
        int status = provision(args("Kitchen/Lamp"));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("must not contain '/'");
        assertThat(Files.exists(passwd())).isFalse();
    }

    @Test
    void provision_reservedGroupId_isRejected() {
        assertThat(provision(args("group"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("reserved");
    }

    @Test
    void provision_leadingSubCommandName_isSkipped() throws IOException {
        String[] withName = args("provision-device");
        String[] shifted = new String[withName.length + 1];
        shifted[0] = "provision-device";
        shifted[1] = "hall-strip";
        System.arraycopy(withName, 1, shifted, 2, withName.length - 1);

        assertThat(provision(shifted)).isZero();
        assertThat(entry("hall-strip").matches(devicePassword("hall-strip"))).isTrue();
    }

    @Test
    void provision_withoutId_printsUsage() {
        assertThat(provision()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("which device?").contains("Usage:");
    }

    @Test
    void provision_plainHttpUrl_isRejected() {
        assertThat(provision(args("kitchen-lamp", "--mqtt-url", "http://hub.local"))).isEqualTo(2);
    }
}
