package dev.ledfleet.controller.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledfleet.controller.provision.AtomicFileWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API's bearer tokens, persisted in {@code tokens.json} of the data directory. A token is 256
 * random bits, shown once when made; only its SHA-256 is kept (a fast hash is enough for a secret
 * that cannot be guessed, and it lets every request be checked on the event loop). Changes are made
 * in memory and {@link #snapshot} gives the bytes to write with {@link #write}, off the event loop.
 */
public final class ApiTokens {

    public static final String FILE_NAME = "tokens.json";
    static final String PREFIX = "lft_";
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._@-]{1,64}");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A token just made: its record, and the secret to hand out once. */
    public record Created(ApiToken token, String secret) {
    }

    private final Path path;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, ApiToken> byId = new LinkedHashMap<>();
    private final Map<String, ApiToken> byHash = new LinkedHashMap<>();

    private ApiTokens(Path path, Clock clock, SecureRandom random) {
        this.path = path;
        this.clock = clock;
        this.random = random;
    }

    public static ApiTokens load(Path dataDir, Clock clock, SecureRandom random) throws IOException {
        ApiTokens tokens = new ApiTokens(dataDir.resolve(FILE_NAME), clock, random);
        if (Files.exists(tokens.path)) {
            try {
                JsonNode root = MAPPER.readTree(Files.readAllBytes(tokens.path));
                for (JsonNode t : root.path("tokens")) {
                    String hash = t.path("sha256").asText("");
                    if (hash.length() != 64 || t.path("id").asText("").isEmpty()) {
                        throw new IOException("a token entry has no id or SHA-256");
                    }
                    tokens.add(new ApiToken(t.path("id").asText(), t.path("name").asText(""), t.path("user").asText(""),
                            Instant.parse(t.path("created").asText()), hash));
                }
            } catch (IOException | DateTimeParseException e) {
                throw new IOException(tokens.path + " is damaged: " + e.getMessage(), e);
            }
        }
        return tokens;
    }

    /** Makes a token for a user; the caller saves the new snapshot before showing the secret. */
    public Created create(String name, String user) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a token name has 1 to 64 letters, digits, spaces, '.', '_', '@' or '-'");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        byte[] id = new byte[8];
        random.nextBytes(id);
        String text = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken token = new ApiToken(HexFormat.of().formatHex(id), name, user, clock.instant(), sha256(text));
        add(token);
        return new Created(token, text);
    }

    /** The token a request presented, if it exists. */
    public Optional<ApiToken> find(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(byHash.get(sha256(secret)));
    }

    public boolean revoke(String id) {
        ApiToken token = byId.remove(id);
        if (token != null) {
            byHash.remove(token.sha256());
        }
        return token != null;
    }

    public List<ApiToken> list() {
        return new ArrayList<>(byId.values());
    }

    /** The file's content for the tokens as they are now. */
    public byte[] snapshot() {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode array = root.putArray("tokens");
        for (ApiToken t : byId.values()) {
            array.addObject().put("id", t.id()).put("name", t.name()).put("user", t.user())
                    .put("created", t.created().toString()).put("sha256", t.sha256());
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Blocking: replaces the file atomically (mode 600 when new). */
    public void write(byte[] snapshot) throws IOException {
        AtomicFileWrite.replace(path, snapshot, "rw-------");
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private void add(ApiToken token) {
        byId.put(token.id(), token);
        byHash.put(token.sha256(), token);
    }
}
