package dev.ledfleet.controller.demo;

import dev.ledfleet.controller.fleet.Favourites;
import dev.ledfleet.controller.fleet.Group;
import dev.ledfleet.controller.fleet.Preset;
import dev.ledfleet.controller.fleet.Scene;
import dev.ledfleet.controller.fleet.SetupSnapshot;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.PowerChange;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.List;
import java.util.Map;

/** The configuration a fresh demo starts with: the lamp's four favourite modes, a group, a preset and a scene. */
final class DemoSetup {

    static final String LAMP = "fiber-lamp";
    static final String GRID = "pixel-grid";
    static final List<String> RAINBOW = List.of("#ff0000", "#ff7f00", "#ffff00", "#00ff00", "#0000ff", "#4b0082", "#8f00ff");

    private DemoSetup() {
    }

    /** The modes the fiber lamp cycled through with its single button, in that order. */
    static List<EffectChoice> lampFavourites() {
        return List.of(
                new EffectChoice("custom-color-chase", Map.of("colors", RAINBOW)),
                new EffectChoice("sparkle", Map.of("color", "#ffffff")),
                new EffectChoice("chase", Map.of("color", "#ff0000")),
                new EffectChoice("custom-color-chase", Map.of("colors", List.of("#ff0000", "#0000ff"))));
    }

    static SetCommand lampStart() {
        return new SetCommand(null, PowerChange.ON, 160, "custom-color-chase", Map.of("colors", RAINBOW), null, null, null);
    }

    static SetCommand gridStart() {
        return new SetCommand(null, PowerChange.ON, 96, "text-scroll", Map.of("text", "ledfleet", "color", "#00c8ff"), null, null, null);
    }

    static SetupSnapshot initial() {
        SetCommand cosy = new SetCommand(null, PowerChange.ON, 60, "sparkle", Map.of("color", "#ffb060"), 800, null, null);
        SetCommand off = new SetCommand(null, PowerChange.OFF, null, null, null, 800, null, null);
        return new SetupSnapshot(
                Map.of(),
                Map.of("living-room", new Group("living-room", List.of(LAMP, GRID))),
                Map.of("cosy", new Preset("cosy", cosy), "off", new Preset("off", off)),
                Map.of("movie", new Scene("movie", List.of(
                        new Scene.Target(LAMP, null, null, "cosy"),
                        new Scene.Target(GRID, null, new SetCommand(null, PowerChange.ON, 30, "text-scroll",
                                Map.of("text", "movie time"), null, null, null), null)))),
                Map.of(LAMP, new Favourites(false, lampFavourites())),
                Map.of(),
                Map.of());
    }
}
