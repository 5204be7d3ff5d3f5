package dev.ledfleet.controller.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddUserCommandTest {

    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String stdin, String... args) {
        return AddUserCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void addUser_fromStdin_storesABcryptHashInAPrivateFile() throws Exception {
        int status = run("correct-horse\n", "alice", "--data-dir", dir.toString());

        assertThat(status).as(err.toString()).isZero();
        UserFile users = UserFile.load(dir);
        assertThat(PasswordHash.matches("correct-horse", users.hash("alice"))).isTrue();
        assertThat(Files.readString(users.path())).doesNotContain("correct-horse");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(users.path()))).isEqualTo("rw-------");
    }

    @Test
    void addUser_fromPasswordFile_changesAnExistingPassword_andKeepsOthers() throws Exception {
        run("first-password\n", "alice", "--data-dir", dir.toString());
        run("bobs-password\n", "bob", "--data-dir", dir.toString());
        Path file = Files.writeString(dir.resolve("pw"), "second-password\n");

        int status = run("", "alice", "--data-dir", dir.toString(), "--password-file", file.toString());

        assertThat(status).isZero();
        assertThat(out.toString()).contains("Changed the password of user 'alice'");
        UserFile users = UserFile.load(dir);
        assertThat(PasswordHash.matches("second-password", users.hash("alice"))).isTrue();
        assertThat(PasswordHash.matches("bobs-password", users.hash("bob"))).isTrue();
    }

    @Test
    void addUser_passwordOnTheCommandLine_isRefused() {
        int status = run("", "alice", "--data-dir", dir.toString(), "--password", "hunter22");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("shell history");
        assertThat(Files.exists(dir.resolve(UserFile.FILE_NAME))).isFalse();
    }

    @Test
    void addUser_shortPasswordOrBadName_changesNothing() {
        assertThat(run("short\n", "alice", "--data-dir", dir.toString())).isEqualTo(2);
        assertThat(run("long-enough\n", "al/ice", "--data-dir", dir.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("at least 8").contains("user name");
        assertThat(Files.exists(dir.resolve(UserFile.FILE_NAME))).isFalse();
    }
}
