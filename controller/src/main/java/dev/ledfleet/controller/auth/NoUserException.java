package dev.ledfleet.controller.auth;

import java.io.IOException;
import java.nio.file.Path;

/** Start-up outside the demo with nobody able to log in: the message says how to add a user. */
public final class NoUserException extends IOException {

    public NoUserException(Path dataDir) {
        super("no user can log in: there is no user in " + dataDir.resolve(UserFile.FILE_NAME) + ". Create one with"
                + "  java -jar ledfleet-controller.jar add-user <name> --data-dir " + dataDir
                + "  (or start with --demo for an open, unauthenticated demo)");
    }
}
