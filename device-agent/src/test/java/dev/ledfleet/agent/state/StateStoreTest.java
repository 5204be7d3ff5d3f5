package dev.ledfleet.agent.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.FavouriteList;
import dev.ledfleet.protocol.message.FrameStats;
import dev.ledfleet.protocol.message.MessageCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {

    private static final DeviceState COMET = new DeviceState(true, 128, "comet", Map.of("color", "#ff0000"), 500,
            null, null, "c-17", new FrameStats(60, 40, 100, 0));

    @Test
    void saveState_thenLoad_returnsItWithoutStats(@TempDir Path dir) throws Exception {
        StateStore store = new StateStore(dir, MessageCodec.standard());

        store.saveState(COMET);

        assertEquals(COMET.withStats(null), new StateStore(dir, MessageCodec.standard()).loadState().orElseThrow());
        assertFalse(Files.exists(dir.resolve("state.json.tmp")), "temporary file renamed away");
    }

    @Test
    void loadState_corruptFile_isIgnored(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("state.json"), "{\"power\":tr");

        assertTrue(new StateStore(dir, MessageCodec.standard()).loadState().isEmpty());
    }

    @Test
    void loadState_noFile_isEmpty(@TempDir Path dir) {
        assertTrue(new StateStore(dir.resolve("never-created"), MessageCodec.standard()).loadState().isEmpty());
    }

    @Test
    void favourites_roundTrip(@TempDir Path dir) throws Exception {
        StateStore store = new StateStore(dir, MessageCodec.standard());
        FavouriteList favourites = new FavouriteList(List.of(EffectChoice.of("rainbow"), EffectChoice.of("solid")));

        store.saveFavourites(favourites);

        assertEquals(favourites, store.loadFavourites());
    }

    @Test
    void keeper_manyChanges_leavesTheLatestOnDisk(@TempDir Path dir) {
        StateStore store = new StateStore(dir, MessageCodec.standard());
        try (StateKeeper keeper = new StateKeeper(store, null)) {
            for (int i = 0; i <= 255; i++) {
                keeper.stateChanged(COMET.withCommandId("c-" + i));
            }
        }

        assertEquals("c-255", store.loadState().orElseThrow().commandId());
    }
}
