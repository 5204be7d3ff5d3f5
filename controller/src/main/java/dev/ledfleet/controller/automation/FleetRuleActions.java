package dev.ledfleet.controller.automation;

import dev.ledfleet.controller.fleet.CommandRecord;
import dev.ledfleet.controller.fleet.CommandSource;
import dev.ledfleet.controller.fleet.FanOut;
import dev.ledfleet.controller.fleet.Fleet;
import dev.ledfleet.controller.rules.Action;
import dev.ledfleet.controller.rules.RuleActions;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.SetCommand;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Rule actions through the fleet's acknowledged command path: commands for one device (a patch or a
 * preset) have source {@code rule}; groups and scenes go through the fleet's fan-out with its shared
 * start time and are recorded as {@code group} and {@code scene} commands.
 */
final class FleetRuleActions implements RuleActions {

    static final long TIMEOUT_MS = 5_000;

    /** Publishes a rule's own MQTT message. */
    interface Publisher {
        CompletableFuture<Void> publish(String topic, byte[] payload, boolean retained);
    }

    private final Fleet fleet;
    private final Publisher publisher;

    FleetRuleActions(Fleet fleet, Publisher publisher) {
        this.fleet = fleet;
        this.publisher = publisher;
    }

    @Override
    public CompletableFuture<String> run(Action action) {
        if (action instanceof Action.SetState s && s.device() != null) {
            return fleet.send(DeviceId.of(s.device()), s.patch(), CommandSource.RULE, TIMEOUT_MS).settled()
                    .thenApply(FleetRuleActions::describe);
        }
        if (action instanceof Action.SetState s) {
            return fleet.fanOut().group(s.group(), s.patch(), TIMEOUT_MS).thenApply(r -> "group " + s.group() + ": " + describe(r));
        }
        if (action instanceof Action.ApplyScene s) {
            return fleet.fanOut().scene(s.scene(), TIMEOUT_MS).thenApply(r -> "scene " + s.scene() + ": " + describe(r));
        }
        if (action instanceof Action.ApplyPreset p && p.device() != null) {
            SetCommand state = fleet.setup().preset(p.preset()).state();
            return fleet.send(DeviceId.of(p.device()), state, CommandSource.RULE, TIMEOUT_MS).settled()
                    .thenApply(r -> "preset " + p.preset() + ": " + describe(r));
        }
        if (action instanceof Action.ApplyPreset p) {
            return fleet.fanOut().preset(p.preset(), p.device(), p.group(), TIMEOUT_MS)
                    .thenApply(r -> "preset " + p.preset() + ": " + describe(r));
        }
        Action.Publish p = (Action.Publish) action;
        return publisher.publish(p.topic(), p.payload().getBytes(StandardCharsets.UTF_8), p.retained())
                .thenApply(ignored -> "published to " + p.topic());
    }

    private static String describe(CommandRecord record) {
        return record.device().value() + ": " + record.status().wireText() + (record.reason() == null ? "" : " (" + record.reason() + ")");
    }

    private static String describe(FanOut.Result result) {
        List<String> parts = new ArrayList<>();
        result.members().forEach((member, r) -> parts.add(member + " " + r.status() + (r.reason() == null ? "" : " (" + r.reason() + ")")));
        return parts.isEmpty() ? "no members" : String.join(", ", parts);
    }
}
