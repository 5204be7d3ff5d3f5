package dev.ledfleet.controller.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    final PinnedClock clock = new PinnedClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    void fail(int times, String... keys) {
        for (int i = 0; i < times; i++) {
            throttle.failed(keys);
        }
    }

    @Test
    void fourFailures_stillMayTry() {
        fail(4, "user:alice");

        assertThat(throttle.wait("user:alice")).isEmpty();
    }

    @Test
    void fifthFailure_locksForThirtySeconds_thenOpens() {
        fail(5, "user:alice");

        assertThat(throttle.wait("user:alice")).contains(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.wait("user:alice")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.wait("user:alice")).isEmpty();
    }

    @Test
    void furtherFailures_doubleTheLock_upToFifteenMinutes() {
        assertThat(LoginThrottle.lock(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.lock(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(LoginThrottle.lock(8)).isEqualTo(Duration.ofMinutes(4));
        assertThat(LoginThrottle.lock(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.lock(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void lockOfOneKey_blocksARequestNamingItAmongOthers() {
        fail(5, "address:10.0.0.9");

        assertThat(throttle.wait("address:10.0.0.9", "user:bob")).isPresent();
        assertThat(throttle.wait("address:10.0.0.7", "user:bob")).isEmpty();
    }

    @Test
    void success_clearsTheKey() {
        fail(5, "user:alice");

        throttle.succeeded("user:alice");

        assertThat(throttle.wait("user:alice")).isEmpty();
    }

    @Test
    void failures_areForgottenAnHourAfterTheLast() {
        fail(4, "user:alice");
        clock.advance(Duration.ofHours(1));
        fail(1, "user:alice");

        assertThat(throttle.wait("user:alice")).isEmpty();
    }

    @Test
    void manyMadeUpNames_keepMemoryBounded_andTheNewestStayLocked() {
        for (int i = 0; i < LoginThrottle.MAX_KEYS + 50; i++) {
            throttle.failed("user:guess" + i);
        }
        fail(5, "user:alice");

        assertThat(throttle.wait("user:alice")).isPresent();
    }

    @Test
    void forgive_takesBackOneFailure() {
        fail(5, "address:10.0.0.9");

        throttle.forgive("address:10.0.0.9");

        assertThat(throttle.wait("address:10.0.0.9")).isEmpty();
        throttle.failed("address:10.0.0.9");
        assertThat(throttle.wait("address:10.0.0.9")).isPresent();
    }
}
