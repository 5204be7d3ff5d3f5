package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The configuration people make: device names and rooms, groups, presets, scenes, favourites and
 * usage. Every change is checked first and then handed to the {@link SetupSink}; the returned
 * future completes once it is durable. Used on the fleet's thread only.
 */
public final class Setup {

    private final SetupSink sink;
    private final Map<String, DeviceLabel> labels;
    private final Map<String, Group> groups;
    private final Map<String, Preset> presets;
    private final Map<String, Scene> scenes;
    private final Map<String, Favourites> favourites;
    private final Map<String, Map<String, Integer>> usage = new HashMap<>();
    private Map<String, Object> extras;

    Setup(SetupSnapshot initial, SetupSink sink) {
        this.sink = sink;
        this.labels = new TreeMap<>(initial.labels());
        this.groups = new TreeMap<>(initial.groups());
        this.presets = new TreeMap<>(initial.presets());
        this.scenes = new TreeMap<>(initial.scenes());
        this.favourites = new TreeMap<>(initial.favourites());
        initial.usage().forEach((device, counts) -> usage.put(device, new TreeMap<>(counts)));
        this.extras = new HashMap<>(initial.extras());
    }

    public SetupSnapshot snapshot() {
        Map<String, Map<String, Integer>> usageCopy = new TreeMap<>();
        usage.forEach((device, counts) -> usageCopy.put(device, Map.copyOf(counts)));
        return new SetupSnapshot(labels, groups, presets, scenes, favourites, usageCopy, extras);
    }

    CompletableFuture<Void> save() {
        return sink.save(snapshot());
    }

    DeviceLabel label(DeviceId device) {
        return labels.getOrDefault(device.value(), DeviceLabel.NONE);
    }

    CompletableFuture<Void> putLabel(DeviceId device, DeviceLabel label) {
        labels.put(device.value(), label(device).merge(label));
        return save();
    }

    List<String> groupsOf(DeviceId device) {
        return groups.values().stream().filter(g -> g.members().contains(device.value())).map(Group::name).toList();
    }

    public List<Group> groups() {
        return List.copyOf(groups.values());
    }

    public Group group(String name) {
        Group group = groups.get(name);
        if (group == null) {
            throw FleetException.notFound("group", name);
        }
        return group;
    }

    public CompletableFuture<Void> putGroup(Group group) {
        requireName(group.name(), "name");
        for (int i = 0; i < group.members().size(); i++) {
            if (!DeviceId.isValid(group.members().get(i))) {
                throw FleetException.invalid("members[" + i + "]", "is not a valid device id: \"" + group.members().get(i) + '"');
            }
        }
        groups.put(group.name(), group);
        return save();
    }

    public CompletableFuture<Void> removeGroup(String name) {
        group(name);
        groups.remove(name);
        return save();
    }

    public List<Preset> presets() {
        return List.copyOf(presets.values());
    }

    public Preset preset(String name) {
        Preset preset = presets.get(name);
        if (preset == null) {
            throw FleetException.notFound("preset", name);
        }
        return preset;
    }

    public CompletableFuture<Void> putPreset(Preset preset) {
        requireName(preset.name(), "name");
        if (preset.state() == null || preset.state().isEmpty()) {
            throw FleetException.invalid("state", "a preset needs a state with at least one field");
        }
        presets.put(preset.name(), preset);
        return save();
    }

    public CompletableFuture<Void> removePreset(String name) {
        preset(name);
        presets.remove(name);
        return save();
    }

    public List<Scene> scenes() {
        return List.copyOf(scenes.values());
    }

    public Scene scene(String name) {
        Scene scene = scenes.get(name);
        if (scene == null) {
            throw FleetException.notFound("scene", name);
        }
        return scene;
    }

    public CompletableFuture<Void> putScene(Scene scene) {
        requireName(scene.name(), "name");
        if (scene.targets().isEmpty()) {
            throw FleetException.invalid("targets", "a scene needs at least one target");
        }
        for (int i = 0; i < scene.targets().size(); i++) {
            checkTarget(scene.targets().get(i), "targets[" + i + "]");
        }
        scenes.put(scene.name(), scene);
        return save();
    }

    public CompletableFuture<Void> removeScene(String name) {
        scene(name);
        scenes.remove(name);
        return save();
    }

    Favourites favourites(DeviceId device) {
        return favourites.getOrDefault(device.value(), Favourites.NONE);
    }

    CompletableFuture<Void> putFavourites(DeviceId device, Favourites chosen) {
        favourites.put(device.value(), chosen);
        return save();
    }

    Map<String, Integer> usage(DeviceId device) {
        return Map.copyOf(usage.getOrDefault(device.value(), Map.of()));
    }

    void countUse(DeviceId device, String effect) {
        usage.computeIfAbsent(device.value(), d -> new TreeMap<>()).merge(effect, 1, Integer::sum);
    }

    /** A section this version does not manage itself, such as {@code rules}, kept verbatim. */
    public Object extra(String section) {
        return extras.get(section);
    }

    public CompletableFuture<Void> putExtra(String section, Object value) {
        extras.put(section, value);
        return save();
    }

    CompletableFuture<Void> forget(DeviceId device) {
        labels.remove(device.value());
        favourites.remove(device.value());
        usage.remove(device.value());
        return save();
    }

    private void checkTarget(Scene.Target target, String path) {
        if ((target.device() == null) == (target.group() == null)) {
            throw FleetException.invalid(path, "name exactly one of 'device' or 'group'");
        }
        if ((target.state() == null) == (target.preset() == null)) {
            throw FleetException.invalid(path, "give exactly one of 'state' or 'preset'");
        }
        if (target.device() != null && !DeviceId.isValid(target.device())) {
            throw FleetException.invalid(path + ".device", "is not a valid device id: \"" + target.device() + '"');
        }
        if (target.group() != null && !groups.containsKey(target.group())) {
            throw FleetException.invalid(path + ".group", "no group named '" + target.group() + "'");
        }
        if (target.preset() != null && !presets.containsKey(target.preset())) {
            throw FleetException.invalid(path + ".preset", "no preset named '" + target.preset() + "'");
        }
    }

    private static void requireName(String name, String field) {
        if (!Names.isTopicLevel(name)) {
            throw FleetException.invalid(field, "must match [a-z0-9][a-z0-9_-]{0,63}, got "
                    + (name == null ? "nothing" : '"' + name + '"'));
        }
    }
}
