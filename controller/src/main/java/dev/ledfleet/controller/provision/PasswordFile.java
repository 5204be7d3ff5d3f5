package dev.ledfleet.controller.provision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Mosquitto password file, one {@code user:hash} line per client. Lines it does not understand
 * (other users' entries in older formats, blank lines) are kept as they are. Saving replaces the
 * file atomically, so the broker never reads a half-written file on reload.
 */
final class PasswordFile {

    private final Path path;
    private final List<String> lines;

    private PasswordFile(Path path, List<String> lines) {
        this.path = path;
        this.lines = lines;
    }

    /** Reads the file; a file that does not exist yet reads as empty. */
    static PasswordFile load(Path path) throws IOException {
        List<String> lines = Files.exists(path)
                ? new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8))
                : new ArrayList<>();
        return new PasswordFile(path, lines);
    }

    Optional<MosquittoPasswordHash> find(String user) {
        int index = indexOf(user);
        return index < 0 ? Optional.empty() : Optional.of(MosquittoPasswordHash.parse(hashPart(lines.get(index))));
    }

    boolean contains(String user) {
        return indexOf(user) >= 0;
    }

    /** Adds the user, or replaces its hash in place. */
    void put(String user, MosquittoPasswordHash hash) {
        if (user.indexOf(':') >= 0 || user.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a Mosquitto user name cannot contain ':' or a line break: " + user);
        }
        String line = user + ':' + hash.text();
        int index = indexOf(user);
        if (index < 0) {
            lines.add(line);
        } else {
            lines.set(index, line);
        }
    }

    void save() throws IOException {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        AtomicFileWrite.replace(path, text.toString().getBytes(StandardCharsets.UTF_8), "rw-r-----");
    }

    private int indexOf(String user) {
        String prefix = user + ':';
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static String hashPart(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }
}
