package dev.ledfleet.controller;

import dev.ledfleet.controller.auth.ApiTokens;
import dev.ledfleet.controller.auth.PasswordHash;
import dev.ledfleet.controller.auth.UserFile;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Readies a data directory for a controller outside the demo, the way an admin would: a user made
 * as {@code add-user} makes one, and a bearer token. Call before {@link Controller#start}.
 */
public final class TestAccess {

    static final String USER = "admin";
    static final String PASSWORD = "correct-horse-battery";

    private TestAccess() {
    }

    /** Adds the user if missing and a fresh token; returns the token for {@code Authorization: Bearer}. */
    public static String prepare(Path dataDir) throws IOException {
        UserFile users = UserFile.load(dataDir);
        if (!users.contains(USER)) {
            users.put(USER, PasswordHash.create(PASSWORD, new SecureRandom()));
            users.save();
        }
        ApiTokens tokens = ApiTokens.load(dataDir, Clock.systemUTC(), new SecureRandom());
        String token = tokens.create("tests", USER).secret();
        tokens.write(tokens.snapshot());
        return token;
    }
}
