package dev.ledfleet.controller.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * bcrypt hashes of user passwords ({@code $2a$11$...}). Verifying one takes tens of milliseconds on
 * purpose, so callers run it on a worker thread, never on the event loop.
 */
public final class PasswordHash {

    /** 2^11 rounds: about 0.1 s on a desktop, well under a second on a Raspberry Pi 4. */
    static final int COST = 11;
    /** bcrypt reads at most this many bytes; longer passwords would be silently cut. */
    public static final int MAX_BYTES = 72;
    public static final int MIN_CHARS = 8;

    /** Checked against when the user does not exist, so a wrong name costs as long as a wrong password. */
    private static final String DECOY = BCrypt.hashpw("decoy-password", BCrypt.gensalt(COST, new SecureRandom()));

    private PasswordHash() {
    }

    /** Hashes a new password, rejecting one too short or too long with a message that says which. */
    public static String create(String password, SecureRandom random) {
        if (password.length() < MIN_CHARS) {
            throw new IllegalArgumentException("the password must have at least " + MIN_CHARS + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("the password must be at most " + MAX_BYTES + " bytes (bcrypt ignores the rest)");
        }
        return BCrypt.hashpw(password, BCrypt.gensalt(COST, random));
    }

    /** True when {@code password} matches {@code hash}; a missing hash still spends the time of a check. */
    public static boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            BCrypt.checkpw("", DECOY);
            return false;
        }
        if (hash == null) {
            BCrypt.checkpw(password, DECOY);
            return false;
        }
        try {
            return BCrypt.checkpw(password, hash);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
