package dev.ledfleet.controller.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DevicePasswordTest {

    @Test
    void generate_is256BitsOfUrlSafeText() {
        String password = DevicePassword.generate(new SecureRandom());

        assertThat(password).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void generate_manyTimes_neverRepeats() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(DevicePassword.generate(random));
        }

        assertThat(seen).hasSize(1000);
    }
}
