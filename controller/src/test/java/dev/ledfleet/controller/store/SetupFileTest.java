package dev.ledfleet.controller.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledfleet.controller.fleet.DeviceLabel;
import dev.ledfleet.controller.fleet.Favourites;
import dev.ledfleet.controller.fleet.Group;
import dev.ledfleet.controller.fleet.Preset;
import dev.ledfleet.controller.fleet.Scene;
import dev.ledfleet.controller.fleet.SetupSnapshot;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.MessageCodec;
import dev.ledfleet.protocol.message.PowerChange;
import dev.ledfleet.protocol.message.SetCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetupFileTest {

    @TempDir
    Path dir;

    private SetupFile file() {
        return new SetupFile(dir, MessageCodec.standard());
    }

    private static SetupSnapshot sample() {
        SetCommand cosy = new SetCommand(null, PowerChange.ON, 60, "sparkle", Map.of("color", "#ffb060"), 800, null, null);
        return new SetupSnapshot(
                Map.of("fiber-lamp", new DeviceLabel("Fibre lamp", "living-room")),
                Map.of("down", new Group("down", List.of("fiber-lamp", "pixel-grid"))),
                Map.of("cosy", new Preset("cosy", cosy)),
                Map.of("movie", new Scene("movie", List.of(new Scene.Target("fiber-lamp", null, null, "cosy"),
                        new Scene.Target(null, "down", new SetCommand(null, PowerChange.OFF, null, null, null, null, null, null), null)))),
                Map.of("fiber-lamp", new Favourites(true, List.of(new EffectChoice("chase", Map.of("color", "#ff0000"))))),
                Map.of("fiber-lamp", Map.of("chase", 4)),
                Map.of("rules", List.of(Map.of("name", "hall"))));
    }

    @Test
    void missingFile_isAnEmptyConfiguration() throws Exception {
        assertThat(file().load()).isEqualTo(SetupSnapshot.EMPTY);
    }

    @Test
    void save_thenLoad_givesBackEverything_includingSectionsItDoesNotManage() throws Exception {
        file().save(sample());

        SetupSnapshot loaded = file().load();

        assertThat(loaded).usingRecursiveComparison().isEqualTo(sample());
        assertThat(Files.readString(dir.resolve(SetupFile.FILE_NAME))).contains("\"version\" : 1");
    }

    @Test
    void save_replacesTheFileWhole_andLeavesNoTemporaryFile() throws Exception {
        file().save(sample());
        file().save(SetupSnapshot.EMPTY);

        assertThat(file().load().groups()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SetupFile.FILE_NAME);
        }
    }

    @Test
    void leftoverTemporaryFileFromACrash_isIgnoredAndTheLastWholeFileWins() throws Exception {
        file().save(sample());
        Files.writeString(dir.resolve(SetupFile.FILE_NAME + ".tmp"), "{\"version\":1,\"groups\":{\"x\"");

        assertThat(file().load().groups()).containsKey("down");
    }

    @Test
    void damagedFile_isReportedWithPathAndProblem_andKept() throws Exception {
        Path path = dir.resolve(SetupFile.FILE_NAME);
        String broken = "{\"version\":1,\"groups\":{\"down\":";
        Files.writeString(path, broken);

        assertThatThrownBy(() -> file().load()).isInstanceOf(DamagedStoreException.class)
                .hasMessageContaining(path.toString()).hasMessageContaining("line 1");
        assertThat(Files.readString(path, StandardCharsets.UTF_8)).isEqualTo(broken);
    }

    @Test
    void fileFromANewerVersion_isRefusedNotOverwritten() throws Exception {
        Files.writeString(dir.resolve(SetupFile.FILE_NAME), "{\"version\":7}");

        assertThatThrownBy(() -> file().load()).isInstanceOf(DamagedStoreException.class).hasMessageContaining("version");
    }

    @Test
    void presetWithInvalidState_isReportedNamingTheField() throws Exception {
        Files.writeString(dir.resolve(SetupFile.FILE_NAME),
                "{\"version\":1,\"presets\":{\"cosy\":{\"state\":{\"brightness\":999}}}}");

        assertThatThrownBy(() -> file().load()).isInstanceOf(DamagedStoreException.class)
                .hasMessageContaining("presets.cosy.state.brightness");
    }
}
