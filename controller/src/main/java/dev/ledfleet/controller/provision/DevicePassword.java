package dev.ledfleet.controller.provision;

import java.security.SecureRandom;
import java.util.Base64;

/** A fresh random device password: 256 bits from {@link SecureRandom}, base64url without padding (43 characters). */
final class DevicePassword {

    static final int BYTES = 32;

    private DevicePassword() {
    }

    static String generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
