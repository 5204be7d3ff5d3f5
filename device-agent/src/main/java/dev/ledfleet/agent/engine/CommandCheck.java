package dev.ledfleet.agent.engine;

import dev.ledfleet.agent.effect.EffectRegistry;
import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.effect.EffectSpec;
import dev.ledfleet.protocol.effect.ParamValidator;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.Playlist;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a command can apply to the state it will meet, and brings its parameters to
 * canonical form. Commands from MQTT are already checked by the codec; this catches what only the
 * device knows (the running effect, the effects this build draws) and commands from local sources.
 */
public final class CommandCheck {

    private final EffectCatalog catalog;
    private final EffectRegistry registry;

    public CommandCheck(EffectCatalog catalog, EffectRegistry registry) {
        this.catalog = catalog;
        this.registry = registry;
    }

    public static CommandCheck standard() {
        return new CommandCheck(EffectCatalog.standard(), EffectRegistry.standard());
    }

    /** The canonical form of {@code command} as applied to {@code target}, or why it cannot apply. */
    public SetCommand check(SetCommand command, DeviceState target) throws InvalidMessageException {
        if (command.brightness() != null && (command.brightness() < 0 || command.brightness() > 255)) {
            throw new InvalidMessageException("brightness", "must be from 0 to 255, got " + command.brightness());
        }
        if (command.transitionMs() != null
                && (command.transitionMs() < 0 || command.transitionMs() > SetCommand.MAX_TRANSITION_MS)) {
            throw new InvalidMessageException("transitionMs", "must be from 0 to " + SetCommand.MAX_TRANSITION_MS
                    + ", got " + command.transitionMs());
        }
        if (command.effect() != null && command.playlist() != null) {
            throw new InvalidMessageException("playlist", "cannot be combined with 'effect'; send one or the other");
        }
        Map<String, Object> params = command.params();
        if (command.effect() != null) {
            EffectSpec spec = drawable(command.effect(), "effect");
            params = params == null ? null : ParamValidator.validate(spec, params);
        } else if (params != null && command.playlist() == null) {
            if (target.effect() == null) {
                throw new InvalidMessageException("params", "no single effect is running to take them"
                        + (target.playlist() != null ? " (a playlist is)" : "") + "; send 'effect' with them");
            }
            params = ParamValidator.validate(drawable(target.effect(), "effect"), params);
        } else if (params != null) {
            throw new InvalidMessageException("params", "belong inside the playlist's entries");
        }
        Playlist playlist = command.playlist() == null ? null : playlist(command.playlist());
        return new SetCommand(command.id(), command.power(), command.brightness(), command.effect(), params,
                command.transitionMs(), command.startAt(), playlist);
    }

    /** Checks the effect and parameters a device should start with. */
    public EffectChoice check(EffectChoice choice, String field) throws InvalidMessageException {
        EffectSpec spec = drawable(choice.effect(), field + "effect");
        try {
            return new EffectChoice(choice.effect(), ParamValidator.validate(spec, choice.params()));
        } catch (InvalidMessageException e) {
            throw new InvalidMessageException(field + e.field(), e.problem());
        }
    }

    private Playlist playlist(Playlist playlist) throws InvalidMessageException {
        if (playlist.effects().isEmpty()) {
            throw new InvalidMessageException("playlist.effects", "must hold at least one effect");
        }
        if (playlist.intervalMs() < 1) {
            throw new InvalidMessageException("playlist.intervalMs", "must be at least 1, got " + playlist.intervalMs());
        }
        List<EffectChoice> checked = new ArrayList<>();
        for (int i = 0; i < playlist.effects().size(); i++) {
            checked.add(check(playlist.effects().get(i), "playlist.effects[" + i + "]."));
        }
        return new Playlist(checked, playlist.intervalMs(), playlist.shuffle(), playlist.advanceOnCycle());
    }

    private EffectSpec drawable(String effect, String field) throws InvalidMessageException {
        EffectSpec spec = catalog.require(effect, field);
        if (!registry.supports(effect)) {
            throw new InvalidMessageException(field, "effect '" + effect + "' is not drawn by this agent build");
        }
        return spec;
    }
}
