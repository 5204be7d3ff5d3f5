package dev.ledfleet.controller.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

    final SecureRandom random = new SecureRandom();

    @Test
    void create_thenMatches_acceptsOnlyThePassword() {
        String hash = PasswordHash.create("correct-horse", random);

        assertThat(hash).startsWith("$2a$11$").doesNotContain("correct-horse");
        assertThat(PasswordHash.matches("correct-horse", hash)).isTrue();
        assertThat(PasswordHash.matches("correct-hors", hash)).isFalse();
        assertThat(PasswordHash.matches("Correct-horse", hash)).isFalse();
    }

    @Test
    void create_samePasswordTwice_givesDifferentSalts() {
        assertThat(PasswordHash.create("correct-horse", random)).isNotEqualTo(PasswordHash.create("correct-horse", random));
    }

    @Test
    void matches_unknownUserOrDamagedHash_isFalse() {
        assertThat(PasswordHash.matches("correct-horse", null)).isFalse();
        assertThat(PasswordHash.matches("correct-horse", "not-a-hash")).isFalse();
    }

    @Test
    void matches_passwordLongerThanBcryptReads_isFalseNotAnError() {
        String hash = PasswordHash.create("a".repeat(72), random);

        assertThat(PasswordHash.matches("a".repeat(73), hash)).isFalse();
    }

    @Test
    void create_shortOrOverlongPassword_isRejectedSayingWhy() {
        assertThatThrownBy(() -> PasswordHash.create("short", random)).hasMessageContaining("at least 8");
        assertThatThrownBy(() -> PasswordHash.create("ü".repeat(37), random)).hasMessageContaining("at most 72 bytes");
    }
}
