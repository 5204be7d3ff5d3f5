package dev.ledfleet.controller.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledfleet.controller.fleet.DeviceLabel;
import dev.ledfleet.controller.fleet.Favourites;
import dev.ledfleet.controller.fleet.Group;
import dev.ledfleet.controller.fleet.Preset;
import dev.ledfleet.controller.fleet.Scene;
import dev.ledfleet.controller.fleet.SetupSnapshot;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.MessageCodec;
import dev.ledfleet.protocol.message.SetCommand;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configuration as one JSON file, {@code <data-dir>/ledfleet.json}, with a {@code version}
 * field. A save writes a temporary file, forces it to disk, renames it over the old one atomically
 * and forces the directory, so a crash at any moment leaves either the old or the new file whole.
 * Blocking: call it from a worker thread.
 */
public final class SetupFile {

    public static final int VERSION = 1;
    public static final String FILE_NAME = "ledfleet.json";
    private static final Set<String> MANAGED = Set.of("version", "devices", "groups", "presets", "scenes", "favourites", "usage");

    private final Path file;
    private final MessageCodec codec;
    private final ObjectMapper mapper;

    public SetupFile(Path dataDir, MessageCodec codec) {
        this.file = dataDir.resolve(FILE_NAME);
        this.codec = codec;
        this.mapper = codec.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public Path path() {
        return file;
    }

    /** Reads the file; a missing file is an empty configuration, a damaged one an exception. */
    public SetupSnapshot load() throws IOException, DamagedStoreException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return SetupSnapshot.EMPTY;
        }
        try {
            JsonNode root = mapper.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new DamagedStoreException(file, "expected a JSON object, found " + (root == null ? "nothing" : root.getNodeType()));
            }
            int version = root.path("version").asInt(-1);
            if (version < 1 || version > VERSION) {
                throw new DamagedStoreException(file, "'version' must be 1 to " + VERSION + ", found " + root.get("version"));
            }
            return read((ObjectNode) root);
        } catch (JsonProcessingException e) {
            throw new DamagedStoreException(file, e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        } catch (IllegalArgumentException e) {
            throw new DamagedStoreException(file, e.getMessage());
        } catch (InvalidMessageException e) {
            throw new DamagedStoreException(file, e.getMessage());
        }
    }

    public void save(SetupSnapshot snapshot) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(write(snapshot));
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the data directory " + file.getParent() + " does not support atomic renames", e);
        }
        forceDirectory(file.getParent());
    }

    private static void forceDirectory(Path dir) {
        // Makes the rename itself durable; some platforms cannot open a directory, and then the
        // rename is as durable as the platform makes it.
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            System.getLogger(SetupFile.class.getName()).log(System.Logger.Level.DEBUG, "cannot sync directory {0}", dir);
        }
    }

    private ObjectNode write(SetupSnapshot snapshot) {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", VERSION);
        root.set("devices", mapper.valueToTree(snapshot.labels()));
        root.set("groups", mapper.valueToTree(snapshot.groups()));
        root.set("presets", mapper.valueToTree(snapshot.presets()));
        root.set("scenes", mapper.valueToTree(snapshot.scenes()));
        root.set("favourites", mapper.valueToTree(snapshot.favourites()));
        root.set("usage", mapper.valueToTree(snapshot.usage()));
        snapshot.extras().forEach((key, value) -> root.set(key, mapper.valueToTree(value)));
        return root;
    }

    private SetupSnapshot read(ObjectNode root) throws InvalidMessageException {
        Map<String, DeviceLabel> labels = new HashMap<>();
        for (var entry : fields(root, "devices")) {
            labels.put(entry.getKey(), new DeviceLabel(text(entry.getValue(), "name"), text(entry.getValue(), "room")));
        }
        Map<String, Group> groups = new HashMap<>();
        for (var entry : fields(root, "groups")) {
            List<String> members = mapper.convertValue(entry.getValue().path("members"),
                    mapper.getTypeFactory().constructCollectionType(List.class, String.class));
            groups.put(entry.getKey(), new Group(entry.getKey(), members == null ? List.of() : members));
        }
        Map<String, Preset> presets = new HashMap<>();
        for (var entry : fields(root, "presets")) {
            presets.put(entry.getKey(), new Preset(entry.getKey(), patch(entry.getValue().path("state"), "presets." + entry.getKey())));
        }
        Map<String, Scene> scenes = new HashMap<>();
        for (var entry : fields(root, "scenes")) {
            scenes.put(entry.getKey(), scene(entry.getKey(), entry.getValue()));
        }
        Map<String, Favourites> favourites = new HashMap<>();
        for (var entry : fields(root, "favourites")) {
            favourites.put(entry.getKey(), mapper.convertValue(entry.getValue(), Favourites.class));
        }
        Map<String, Map<String, Integer>> usage = new HashMap<>();
        for (var entry : fields(root, "usage")) {
            usage.put(entry.getKey(), mapper.convertValue(entry.getValue(),
                    mapper.getTypeFactory().constructMapType(Map.class, String.class, Integer.class)));
        }
        Map<String, Object> extras = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            if (!MANAGED.contains(entry.getKey())) {
                extras.put(entry.getKey(), mapper.convertValue(entry.getValue(), Object.class));
            }
        }
        return new SetupSnapshot(labels, groups, presets, scenes, favourites, usage, extras);
    }

    private Scene scene(String name, JsonNode node) throws InvalidMessageException {
        List<Scene.Target> targets = new java.util.ArrayList<>();
        int index = 0;
        for (JsonNode target : node.path("targets")) {
            String path = "scenes." + name + ".targets[" + index++ + "]";
            SetCommand state = target.hasNonNull("state") ? patch(target.get("state"), path) : null;
            targets.add(new Scene.Target(text(target, "device"), text(target, "group"), state, text(target, "preset")));
        }
        return new Scene(name, targets);
    }

    private SetCommand patch(JsonNode node, String path) throws InvalidMessageException {
        try {
            return codec.decodeSet(mapper.writeValueAsBytes(node));
        } catch (InvalidMessageException e) {
            throw new InvalidMessageException(path + ".state" + (e.field().isEmpty() ? "" : "." + e.field()), e.problem());
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException(path, e.getOriginalMessage());
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode root, String name) {
        JsonNode section = root.path(name);
        if (section.isMissingNode() || section.isNull()) {
            return List.of();
        }
        if (!section.isObject()) {
            throw new IllegalArgumentException("'" + name + "' must be an object, found " + section.getNodeType());
        }
        return section.properties();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
