package dev.ledfleet.controller.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledfleet.controller.fleet.SetupSnapshot;
import dev.ledfleet.controller.store.SetupFile;
import dev.ledfleet.protocol.message.MessageCodec;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A controller process creates groups and presets through its REST API as fast as a client asks,
 * and gets a {@code kill -9} at a random moment. After each kill the store file must parse, and
 * every write the API acknowledged (201) before the kill must be in it and in the restarted
 * controller's API.
 */
final class ControllerKillDrill {

    private ControllerKillDrill() {
    }

    static DrillReport run(String brokerUrl, Path dataDir, int kills) throws Exception {
        DrillReport report = new DrillReport("controller kill -9");
        Set<String> groups = new HashSet<>();
        Set<String> presets = new HashSet<>();
        int stores = 0;
        for (int k = 1; k <= kills; k++) {
            ControllerProcess controller = ControllerProcess.start(brokerUrl, dataDir, List.of("-XX:TieredStopAtLevel=1"));
            Rest rest = controller.rest();
            if (k > 1) {
                checkApi(report, rest, groups, presets, k - 1);
            }
            ConcurrentLinkedQueue<String> ackedGroups = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> ackedPresets = new ConcurrentLinkedQueue<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            int round = k;
            Thread writer = new Thread(() -> write(rest, round, writing, ackedGroups, ackedPresets), "drill-writer");
            writer.start();
            int after = ThreadLocalRandom.current().nextInt(150, 1500);
            GroupFanOut.pause(after);
            controller.kill9();
            writing.set(false);
            writer.join(30_000);
            groups.addAll(ackedGroups);
            presets.addAll(ackedPresets);
            SetupSnapshot stored;
            try {
                stored = new SetupFile(dataDir, MessageCodec.standard()).load();
                stores++;
            } catch (Exception e) {
                report.check(false, "kill " + k + ": store does not load: " + e.getMessage());
                continue;
            }
            Set<String> missing = new HashSet<>(groups);
            missing.removeAll(stored.groups().keySet());
            Set<String> missingPresets = new HashSet<>(presets);
            missingPresets.removeAll(stored.presets().keySet());
            report.step("kill " + k + " after " + after + " ms: " + ackedGroups.size() + " groups and "
                    + ackedPresets.size() + " presets acknowledged this round; the store file loads with "
                    + stored.groups().size() + " groups, " + stored.presets().size() + " presets");
            report.check(missing.isEmpty() && missingPresets.isEmpty(),
                    "kill " + k + ": acknowledged but not stored: " + missing + " " + missingPresets);
        }
        try (ControllerProcess controller = ControllerProcess.start(brokerUrl, dataDir, List.of("-XX:TieredStopAtLevel=1"))) {
            checkApi(report, controller.rest(), groups, presets, kills);
        }
        report.step(stores + " of " + kills + " store files loaded; " + groups.size() + " groups and " + presets.size()
                + " presets acknowledged in total");
        return report;
    }

    private static void write(Rest rest, int round, AtomicBoolean writing, ConcurrentLinkedQueue<String> groups,
            ConcurrentLinkedQueue<String> presets) {
        for (int n = 0; writing.get(); n++) {
            String name = "k" + round + "-" + n;
            boolean group = n % 2 == 0;
            Rest.Reply reply = group
                    ? rest.trySend(rest.request("/api/groups").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"" + name + "\",\"members\":[\"sim-0000\",\"sim-0001\"]}")))
                    : rest.trySend(rest.request("/api/presets").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"" + name + "\",\"state\":{\"brightness\":" + (1 + n % 255) + "}}")));
            if (reply.status() == 201) {
                (group ? groups : presets).add(name);
            } else if (reply.status() == 0) {
                return;
            }
        }
    }

    private static void checkApi(DrillReport report, Rest rest, Set<String> groups, Set<String> presets, int kill) {
        Set<String> listedGroups = names(rest.get("/api/groups").json());
        Set<String> listedPresets = names(rest.get("/api/presets").json());
        boolean complete = listedGroups.containsAll(groups) && listedPresets.containsAll(presets);
        report.check(complete, "restart after kill " + kill + ": the API lists every acknowledged group and preset");
    }

    private static Set<String> names(JsonNode list) {
        Set<String> names = new HashSet<>();
        list.forEach(item -> names.add(item.path("name").asText()));
        return names;
    }
}
