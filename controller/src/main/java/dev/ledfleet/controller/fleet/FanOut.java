package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Commands for many devices at once: a group, a preset on a group, a scene. Every member's command
 * carries the same {@code startAt}, a little in the future on the controller's clock, so animations
 * start in phase once each agent has corrected for its clock offset. Fleet thread only.
 */
public final class FanOut {

    /** Head start that lets the command reach every member before the shared start time. */
    public static final long START_DELAY_MS = 300;

    private final Fleet fleet;
    private long sequence;

    public FanOut(Fleet fleet) {
        this.fleet = fleet;
    }

    /** One member's outcome: a command status, or {@code not-found} for a device never seen. */
    public record MemberResult(String status, String commandId, String field, String reason) {
    }

    /** The outcome for every member; {@code startAt} is null when nothing animated was sent. */
    public record Result(String commandId, Long startAt, Map<String, MemberResult> members) {
    }

    public CompletableFuture<Result> group(String name, SetCommand patch, long timeoutMs) {
        Group group = fleet.setup().group(name);
        Batch batch = new Batch("g");
        batch.sendAll(group.members(), patch, CommandSource.GROUP, timeoutMs);
        return batch.done();
    }

    public CompletableFuture<Result> preset(String presetName, String device, String group, long timeoutMs) {
        Preset preset = fleet.setup().preset(presetName);
        if ((device == null) == (group == null)) {
            throw FleetException.invalid("", "name exactly one of 'device' or 'group'");
        }
        Batch batch = new Batch("p");
        List<String> members = device != null ? List.of(device) : fleet.setup().group(group).members();
        batch.sendAll(members, preset.state(), device != null ? CommandSource.API : CommandSource.GROUP, timeoutMs);
        return batch.done();
    }

    public CompletableFuture<Result> scene(String name, long timeoutMs) {
        Scene scene = fleet.setup().scene(name);
        Batch batch = new Batch("s");
        for (Scene.Target target : scene.targets()) {
            SetCommand state = target.state() != null ? target.state() : fleet.setup().preset(target.preset()).state();
            List<String> members = target.device() != null ? List.of(target.device()) : fleet.setup().group(target.group()).members();
            batch.sendAll(members, state, CommandSource.SCENE, timeoutMs);
        }
        return batch.done();
    }

    /** The commands of one fan-out, sharing one id prefix and one start time. */
    private final class Batch {
        final String id;
        final long startAt;
        boolean animated;
        final Map<String, MemberResult> immediate = new LinkedHashMap<>();
        final Map<String, CompletableFuture<CommandRecord>> waiting = new LinkedHashMap<>();

        Batch(String kind) {
            this.id = kind + "-" + Long.toString(fleet.clock().millis(), 36) + "-" + (++sequence);
            this.startAt = fleet.clock().millis() + START_DELAY_MS;
        }

        void sendAll(List<String> members, SetCommand patch, CommandSource source, long timeoutMs) {
            boolean anchor = patch.effect() != null || patch.playlist() != null;
            animated |= anchor;
            for (String member : members) {
                DeviceId device = DeviceId.of(member);
                String memberId = id + "-" + member;
                SetCommand own = (anchor ? patch.withStartAt(startAt) : patch)
                        .withId(memberId.length() <= 64 ? memberId : id + "-" + (immediate.size() + waiting.size()));
                if (!fleet.isKnown(device)) {
                    immediate.put(member, new MemberResult("not-found", null, null, "device '" + member + "' has never been seen"));
                    continue;
                }
                try {
                    waiting.put(member, fleet.send(device, own, source, timeoutMs).settled());
                } catch (FleetException e) {
                    immediate.put(member, new MemberResult("rejected", own.id(), e.field(), e.getMessage()));
                }
            }
        }

        CompletableFuture<Result> done() {
            List<CompletableFuture<CommandRecord>> all = new ArrayList<>(waiting.values());
            return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
                Map<String, MemberResult> members = new LinkedHashMap<>(immediate);
                waiting.forEach((member, future) -> {
                    CommandRecord record = future.join();
                    members.put(member, new MemberResult(record.status().wireText(), record.id(), record.field(), record.reason()));
                });
                return new Result(id, animated ? startAt : null, members);
            });
        }
    }
}
