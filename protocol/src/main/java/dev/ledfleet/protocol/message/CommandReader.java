package dev.ledfleet.protocol.message;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.effect.EffectSpec;
import dev.ledfleet.protocol.effect.ParamValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the messages published to devices, validating effects and parameters against the catalog. */
final class CommandReader {

    static final int MAX_COMMAND_ID = 64;
    private static final Pattern COMMAND_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final EffectCatalog catalog;

    CommandReader(EffectCatalog catalog) {
        this.catalog = catalog;
    }

    SetCommand set(FieldReader fields) throws InvalidMessageException {
        String id = commandId(fields, "id");
        PowerChange power = power(fields);
        Integer brightness = fields.optionalInt("brightness", 0, 255);
        String effect = fields.optionalString("effect", 64);
        Map<String, Object> params = fields.plainObject("params");
        if (effect != null) {
            EffectSpec spec = catalog.require(effect, "effect");
            params = params == null ? null : ParamValidator.validate(spec, params);
        }
        Integer transitionMs = fields.optionalInt("transitionMs", 0, SetCommand.MAX_TRANSITION_MS);
        Long startAt = fields.optionalLong("startAt", 0, Long.MAX_VALUE);
        FieldReader playlistFields = fields.optionalObject("playlist");
        Playlist playlist = playlistFields == null ? null : playlist(playlistFields);
        if (playlist != null && effect != null) {
            throw new InvalidMessageException("playlist", "cannot be combined with 'effect'; send one or the other");
        }
        return new SetCommand(id, power, brightness, effect, params, transitionMs, startAt, playlist);
    }

    Playlist playlist(FieldReader fields) throws InvalidMessageException {
        List<EffectChoice> effects = choices(fields, "effects", Playlist.MAX_EFFECTS);
        if (effects.isEmpty()) {
            throw new InvalidMessageException(fields.pathOf("effects"), "must hold at least one effect");
        }
        long intervalMs = fields.has("intervalMs") ? fields.longValue("intervalMs", 1_000, 86_400_000) : 30_000;
        return new Playlist(effects, intervalMs, fields.bool("shuffle", false), fields.bool("advanceOnCycle", false));
    }

    FrameRequest frameRequest(FieldReader fields) throws InvalidMessageException {
        int ttl = fields.has("ttlMs") ? fields.integer("ttlMs", 1, FrameRequest.MAX_TTL_MS) : 10_000;
        int fps = fields.has("maxFps") ? fields.integer("maxFps", 1, FrameRequest.MAX_FPS) : 10;
        return new FrameRequest(ttl, fps);
    }

    FavouriteList favourites(FieldReader fields) throws InvalidMessageException {
        return new FavouriteList(choices(fields, "favourites", FavouriteList.MAX_FAVOURITES));
    }

    SimulatedButton simulatedButton(FieldReader fields) throws InvalidMessageException {
        int button = fields.has("button") ? fields.integer("button", 1, 8) : 1;
        String action = fields.string("action", 16);
        try {
            return new SimulatedButton(button, SimulatedButton.Action.valueOf(action.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("action", "must be one of press, release, click, double, long; got \""
                    + action + '"');
        }
    }

    List<EffectChoice> choices(FieldReader fields, String name, int max) throws InvalidMessageException {
        List<EffectChoice> result = new ArrayList<>();
        for (FieldReader entry : fields.objects(name, max)) {
            String effect = entry.string("effect", 64);
            EffectSpec spec = catalog.require(effect, entry.pathOf("effect"));
            Map<String, Object> params = entry.plainObject("params");
            try {
                result.add(new EffectChoice(effect, params == null ? Map.of() : ParamValidator.validate(spec, params)));
            } catch (InvalidMessageException e) {
                throw new InvalidMessageException(entry.pathOf(e.field()), e.problem());
            }
        }
        return result;
    }

    static String commandId(FieldReader fields, String name) throws InvalidMessageException {
        String id = fields.optionalString(name, MAX_COMMAND_ID);
        if (id != null && !COMMAND_ID.matcher(id).matches()) {
            throw new InvalidMessageException(fields.pathOf(name), "must be 1 to 64 of A-Z a-z 0-9 . _ : -, got \"" + id + '"');
        }
        return id;
    }

    private static PowerChange power(FieldReader fields) throws InvalidMessageException {
        if (!fields.has("power")) {
            return null;
        }
        JsonNode value = fields.raw("power");
        if (value.isBoolean()) {
            return PowerChange.of(value.asBoolean());
        }
        if (value.isTextual()) {
            switch (value.asText().toLowerCase(Locale.ROOT)) {
                case "toggle":
                    return PowerChange.TOGGLE;
                case "on":
                    return PowerChange.ON;
                case "off":
                    return PowerChange.OFF;
                default:
                    break;
            }
        }
        throw new InvalidMessageException("power", "must be true, false or \"toggle\", got " + FieldReader.kind(value));
    }
}
