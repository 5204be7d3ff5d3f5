package dev.ledfleet.controller.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledfleet.controller.provision.AtomicFileWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The admin users in {@code users.json} of the data directory, name to bcrypt hash:
 * {@code {"users":[{"name":"alice","hash":"$2a$11$..."}]}}. Written whole and atomically.
 */
public final class UserFile {

    public static final String FILE_NAME = "users.json";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path path;
    private final Map<String, String> hashes;

    private UserFile(Path path, Map<String, String> hashes) {
        this.path = path;
        this.hashes = hashes;
    }

    /** Reads the users of a data directory; none yet when the file does not exist. */
    public static UserFile load(Path dataDir) throws IOException {
        Path path = dataDir.resolve(FILE_NAME);
        Map<String, String> hashes = new TreeMap<>();
        if (Files.exists(path)) {
            JsonNode root;
            try {
                root = MAPPER.readTree(Files.readAllBytes(path));
            } catch (IOException e) {
                throw new IOException(path + " is damaged: " + e.getMessage(), e);
            }
            for (JsonNode user : root.path("users")) {
                String name = user.path("name").asText("");
                String hash = user.path("hash").asText("");
                if (!NAME.matcher(name).matches() || !hash.startsWith("$2")) {
                    throw new IOException(path + " is damaged: a user entry has no valid name or bcrypt hash");
                }
                hashes.put(name, hash);
            }
        }
        return new UserFile(path, hashes);
    }

    /** Rejects a user name that could not be typed into the login form or stored safely. */
    public static String checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a user name has 1 to 64 letters, digits, '.', '_', '@' or '-', got '" + name + "'");
        }
        return name;
    }

    public boolean isEmpty() {
        return hashes.isEmpty();
    }

    public boolean contains(String name) {
        return hashes.containsKey(name);
    }

    /** The stored hash, or null for an unknown user. */
    public String hash(String name) {
        return hashes.get(name);
    }

    public void put(String name, String hash) {
        hashes.put(checkName(name), hash);
    }

    public Path path() {
        return path;
    }

    /** Replaces the file (mode 600 when new): a crash leaves the old list or the new one. */
    public void save() throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode users = root.putArray("users");
        hashes.forEach((name, hash) -> users.addObject().put("name", name).put("hash", hash));
        AtomicFileWrite.replace(path, MAPPER.writeValueAsBytes(root), "rw-------");
    }
}
