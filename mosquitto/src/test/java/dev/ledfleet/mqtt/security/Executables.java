package dev.ledfleet.mqtt.security;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a command-line tool the secured-broker tests need is installed. */
final class Executables {

    private Executables() {
    }

    static boolean onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        // Debian keeps the broker in /usr/sbin, which is not on every user's PATH.
        return Files.isExecutable(Path.of("/usr/sbin", name));
    }

    static String locate(String name) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return Path.of("/usr/sbin", name).toString();
    }
}
