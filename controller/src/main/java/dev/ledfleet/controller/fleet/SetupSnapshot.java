package dev.ledfleet.controller.fleet;

import java.util.Map;

/**
 * Everything configured that must survive a restart, keyed by device id or name. {@code extras}
 * holds sections this version does not manage (rules, button mappings) so a save never drops them.
 */
public record SetupSnapshot(
        Map<String, DeviceLabel> labels,
        Map<String, Group> groups,
        Map<String, Preset> presets,
        Map<String, Scene> scenes,
        Map<String, Favourites> favourites,
        Map<String, Map<String, Integer>> usage,
        Map<String, Object> extras) {

    public static final SetupSnapshot EMPTY = new SetupSnapshot(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
            Map.of(), Map.of());

    public SetupSnapshot {
        labels = Map.copyOf(labels);
        groups = Map.copyOf(groups);
        presets = Map.copyOf(presets);
        scenes = Map.copyOf(scenes);
        favourites = Map.copyOf(favourites);
        usage = Map.copyOf(usage);
        extras = Map.copyOf(extras);
    }
}
