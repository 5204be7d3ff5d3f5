package dev.ledfleet.controller.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.controller.fleet.Group;
import dev.ledfleet.controller.fleet.SetupSnapshot;
import dev.ledfleet.protocol.message.MessageCodec;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetupWriterTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close().await();
    }

    private static SetupSnapshot withGroups(int count) {
        Map<String, Group> groups = new java.util.HashMap<>();
        for (int i = 1; i <= count; i++) {
            groups.put("g" + i, new Group("g" + i, List.of()));
        }
        return new SetupSnapshot(Map.of(), groups, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** Saves on one Vert.x context, as the fleet does, and collects the futures. */
    private List<CompletableFuture<Void>> saveAll(SetupWriter writer, SetupSnapshot... snapshots) throws Exception {
        CompletableFuture<List<CompletableFuture<Void>>> futures = new CompletableFuture<>();
        vertx.runOnContext(ignored -> {
            List<CompletableFuture<Void>> list = new java.util.ArrayList<>();
            for (SetupSnapshot snapshot : snapshots) {
                list.add(writer.save(snapshot));
            }
            futures.complete(list);
        });
        return futures.get(5, TimeUnit.SECONDS);
    }

    @Test
    void burstOfSaves_allComplete_andTheFileHoldsTheLast(@TempDir Path dir) throws Exception {
        SetupFile file = new SetupFile(dir, MessageCodec.standard());
        SetupWriter writer = new SetupWriter(vertx, file);

        List<CompletableFuture<Void>> saves = saveAll(writer, withGroups(1), withGroups(2), withGroups(3));

        CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
        assertThat(file.load().groups()).hasSize(3);
    }

    @Test
    void saveThatCannotBeWritten_failsItsFuture(@TempDir Path dir) throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        SetupWriter writer = new SetupWriter(vertx, new SetupFile(notADirectory, MessageCodec.standard()));

        CompletableFuture<Void> save = saveAll(writer, withGroups(1)).get(0);

        assertThat(save).failsWithin(5, TimeUnit.SECONDS);
    }
}
