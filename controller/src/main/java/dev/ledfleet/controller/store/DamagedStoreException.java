package dev.ledfleet.controller.store;

import java.nio.file.Path;

/** The configuration file exists but cannot be read; it is left untouched for a person to look at. */
public final class DamagedStoreException extends Exception {

    private final Path path;

    public DamagedStoreException(Path path, String problem) {
        super("configuration file " + path + " is damaged: " + problem
                + ". It was left as it is; repair it or move it away to start with an empty configuration.", null, false, false);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
