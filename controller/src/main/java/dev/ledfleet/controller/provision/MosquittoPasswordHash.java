package dev.ledfleet.controller.provision;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A password hash in the format Mosquitto 2.0 reads from its password file and
 * {@code mosquitto_passwd} writes: {@code $7$101$<base64 salt>$<base64 hash>}, where 7 means
 * PBKDF2-HMAC-SHA512, 101 is the iteration count, the salt is 12 random bytes and the hash is 64.
 */
public record MosquittoPasswordHash(int iterations, byte[] salt, byte[] hash) {

    static final int ITERATIONS = 101;
    static final int SALT_BYTES = 12;
    private static final String PREFIX = "$7$";

    public static MosquittoPasswordHash create(String password, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new MosquittoPasswordHash(ITERATIONS, salt, pbkdf2(password, salt, ITERATIONS));
    }

    /** Reads the part after {@code user:}; fails on anything but the {@code $7$} format. */
    public static MosquittoPasswordHash parse(String text) {
        String[] parts = text.split("\\$", -1);
        if (parts.length != 5 || !parts[0].isEmpty() || !parts[1].equals("7")) {
            throw new IllegalArgumentException("not a Mosquitto $7$ password hash: " + text);
        }
        Base64.Decoder base64 = Base64.getDecoder();
        return new MosquittoPasswordHash(Integer.parseInt(parts[2]), base64.decode(parts[3]), base64.decode(parts[4]));
    }

    public boolean matches(String password) {
        return MessageDigest.isEqual(hash, pbkdf2(password, salt, iterations));
    }

    public String text() {
        Base64.Encoder base64 = Base64.getEncoder();
        return PREFIX + iterations + '$' + base64.encodeToString(salt) + '$' + base64.encodeToString(hash);
    }

    /**
     * PBKDF2 with one HMAC-SHA512 block, which is exactly the 64 bytes Mosquitto keeps. Written out
     * rather than taken from {@code SecretKeyFactory} so that the password's bytes are the UTF-8
     * bytes Mosquitto hashes, whatever the JDK does with a {@code char[]}.
     */
    static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            byte[] key = password.getBytes(StandardCharsets.UTF_8);
            if (key.length == 0) {
                throw new IllegalArgumentException("password must not be empty");
            }
            mac.init(new SecretKeySpec(key, "HmacSHA512"));
            mac.update(salt);
            byte[] block = mac.doFinal(new byte[] {0, 0, 0, 1});
            byte[] result = block.clone();
            for (int i = 1; i < iterations; i++) {
                block = mac.doFinal(block);
                for (int j = 0; j < result.length; j++) {
                    result[j] ^= block[j];
                }
            }
            return result;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA512 is missing from this JDK", e);
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
