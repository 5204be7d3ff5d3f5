package dev.ledfleet.controller.store;

import dev.ledfleet.controller.fleet.Group;
import dev.ledfleet.controller.fleet.SetupSnapshot;
import dev.ledfleet.protocol.message.MessageCodec;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A process that saves ever larger configurations until it is killed; see {@link SetupFileCrashIT}. */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        SetupFile file = new SetupFile(Path.of(args[0]), MessageCodec.standard());
        Map<String, Group> groups = new HashMap<>();
        for (int n = 1; ; n++) {
            groups.put("g" + n, new Group("g" + n, List.of("lamp-" + n, "grid-" + n)));
            file.save(new SetupSnapshot(Map.of(), groups, Map.of(), Map.of(), Map.of(), Map.of(), Map.of()));
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
