package dev.ledfleet.controller.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SessionsTest {

    final PinnedClock clock = new PinnedClock();
    final Sessions sessions = new Sessions(clock, Duration.ofMinutes(30), new SecureRandom());

    @Test
    void open_givesA256BitIdThatFindsTheUser() {
        String id = sessions.open("alice");

        assertThat(Base64.getUrlDecoder().decode(id)).hasSize(32);
        assertThat(sessions.use(id)).contains("alice");
        assertThat(sessions.open("alice")).isNotEqualTo(id);
    }

    @Test
    void use_afterIdleTime_hasEnded() {
        String id = sessions.open("alice");

        clock.advance(Duration.ofMinutes(30));

        assertThat(sessions.use(id)).isEmpty();
        assertThat(sessions.size()).isZero();
    }

    @Test
    void use_keepsTheSessionAlive() {
        String id = sessions.open("alice");
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(sessions.use(id)).as("after %d uses", i).contains("alice");
        }
    }

    @Test
    void close_endsItAtOnce_andUnknownIdsFindNobody() {
        String id = sessions.open("alice");

        sessions.close(id);

        assertThat(sessions.use(id)).isEmpty();
        assertThat(sessions.use("made-up")).isEmpty();
    }

    @Test
    void sweep_forgetsOnlyIdleSessions() {
        String old = sessions.open("alice");
        clock.advance(Duration.ofMinutes(20));
        String fresh = sessions.open("bob");
        clock.advance(Duration.ofMinutes(10));

        sessions.sweep();

        assertThat(sessions.size()).isEqualTo(1);
        assertThat(sessions.use(fresh)).contains("bob");
        assertThat(sessions.use(old)).isEmpty();
    }
}
