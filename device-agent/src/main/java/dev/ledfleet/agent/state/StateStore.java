package dev.ledfleet.agent.state;

import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.FavouriteList;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.MessageCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The agent's memory across power cuts, in its state directory: {@code state.json} (the last applied
 * state, as on the {@code state} topic but without frame statistics) and {@code favourites.json} (the
 * list the controller gave, as on the {@code favourites} topic). Both are replaced atomically. A file
 * that cannot be read is logged and ignored, so a corrupt file never stops the lamp from starting.
 */
public final class StateStore {

    private static final System.Logger LOG = System.getLogger(StateStore.class.getName());

    private final Path stateFile;
    private final Path favouritesFile;
    private final MessageCodec codec;

    public StateStore(Path dir, MessageCodec codec) {
        this.stateFile = dir.resolve("state.json");
        this.favouritesFile = dir.resolve("favourites.json");
        this.codec = codec;
    }

    public Optional<DeviceState> loadState() {
        return read(stateFile).flatMap(bytes -> {
            try {
                return Optional.of(codec.decodeState(bytes));
            } catch (InvalidMessageException e) {
                LOG.log(System.Logger.Level.WARNING, "ignoring unreadable {0}: {1}", stateFile, e.getMessage());
                return Optional.empty();
            }
        });
    }

    public FavouriteList loadFavourites() {
        return read(favouritesFile).flatMap(bytes -> {
            try {
                return Optional.of(codec.decodeFavourites(bytes));
            } catch (InvalidMessageException e) {
                LOG.log(System.Logger.Level.WARNING, "ignoring unreadable {0}: {1}", favouritesFile, e.getMessage());
                return Optional.empty();
            }
        }).orElse(new FavouriteList(List.of()));
    }

    public void saveState(DeviceState state) throws IOException {
        AtomicFile.write(stateFile, codec.encode(withoutStats(state)));
    }

    public void saveFavourites(FavouriteList favourites) throws IOException {
        AtomicFile.write(favouritesFile, codec.encode(favourites));
    }

    /** Frame statistics describe one run, not the mode the lamp is in. */
    public static DeviceState withoutStats(DeviceState state) {
        return state.withStats(null);
    }

    private static Optional<byte[]> read(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read {0}: {1}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
