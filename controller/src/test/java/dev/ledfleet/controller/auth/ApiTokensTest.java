package dev.ledfleet.controller.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokensTest {

    @TempDir
    Path dir;
    final PinnedClock clock = new PinnedClock();

    ApiTokens load() throws Exception {
        return ApiTokens.load(dir, clock, new SecureRandom());
    }

    @Test
    void create_storesOnlyTheSha256_andFindsTheSecret() throws Exception {
        ApiTokens tokens = load();

        ApiTokens.Created created = tokens.create("home-assistant", "alice");
        tokens.write(tokens.snapshot());

        assertThat(created.secret()).startsWith("lft_").hasSize(4 + 43);
        assertThat(created.token().sha256()).isEqualTo(ApiTokens.sha256(created.secret())).hasSize(64);
        String file = Files.readString(dir.resolve(ApiTokens.FILE_NAME));
        assertThat(file).contains(created.token().sha256()).doesNotContain(created.secret().substring(4));
        assertThat(tokens.find(created.secret())).contains(created.token());
        assertThat(tokens.find(created.secret() + "x")).isEmpty();
    }

    @Test
    void tokens_surviveARestart_andRevokedOnesStayRevoked() throws Exception {
        ApiTokens tokens = load();
        ApiTokens.Created kept = tokens.create("kept", "alice");
        ApiTokens.Created revoked = tokens.create("revoked", "alice");
        tokens.revoke(revoked.token().id());
        tokens.write(tokens.snapshot());

        ApiTokens reloaded = load();

        assertThat(reloaded.list()).containsExactly(kept.token());
        assertThat(reloaded.find(kept.secret())).isPresent();
        assertThat(reloaded.find(revoked.secret())).isEmpty();
    }

    @Test
    void revoke_unknownId_isFalse() throws Exception {
        assertThat(load().revoke("0000")).isFalse();
    }

    @Test
    void create_badName_isRejected() throws Exception {
        assertThatThrownBy(() -> load().create("", "alice")).hasMessageContaining("token name");
        assertThatThrownBy(() -> load().create("x/../y", "alice")).hasMessageContaining("token name");
    }

    @Test
    void load_damagedFile_saysWhichFile() throws Exception {
        Files.writeString(dir.resolve(ApiTokens.FILE_NAME), "{\"tokens\":[{\"id\":\"a\"");

        assertThatThrownBy(this::load).hasMessageContaining(ApiTokens.FILE_NAME).hasMessageContaining("damaged");
    }
}
