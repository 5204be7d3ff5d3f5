package dev.ledfleet.agent.engine;

import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.EffectParams;
import dev.ledfleet.agent.effect.EffectRegistry;
import dev.ledfleet.agent.effect.EffectSetup;
import dev.ledfleet.agent.layout.Layout;
import dev.ledfleet.agent.layout.MappedLine;
import dev.ledfleet.agent.layout.PixelMap;
import dev.ledfleet.protocol.effect.Dimensions;
import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.effect.EffectSpec;
import dev.ledfleet.protocol.message.EffectChoice;
import java.lang.System.Logger.Level;

/**
 * Starts effects on one layout: looks up the class and spec, gives a 2-D effect the whole grid and a
 * 1-D effect one line through the pixel map. This is where an effect allocates, never later.
 */
final class SceneStarter {

    private static final System.Logger LOG = System.getLogger(SceneStarter.class.getName());

    private final Layout layout;
    private final MappedLine line;
    private final EffectRegistry registry;
    private final EffectCatalog catalog;

    SceneStarter(Layout layout, PixelMap map, EffectRegistry registry, EffectCatalog catalog) {
        this.layout = layout;
        this.line = new MappedLine(layout, map);
        this.registry = registry;
        this.catalog = catalog;
    }

    /**
     * A scene of {@code choice} whose time 0 is {@code startEpochMs}. An effect that cannot start
     * (which validation should have prevented) gives a dark scene rather than a dead frame loop.
     */
    Scene start(EffectChoice choice, long startEpochMs, long seed) {
        EffectSpec spec = catalog.find(choice.effect()).orElse(null);
        var factory = registry.find(choice.effect()).orElse(null);
        if (spec == null || factory == null) {
            LOG.log(Level.WARNING, "effect ''{0}'' is not available; showing nothing", choice.effect());
            return Scene.dark();
        }
        boolean oneD = spec.dimensions() == Dimensions.ONE_D;
        int width = oneD ? line.units() : layout.width();
        int height = oneD ? 1 : layout.height();
        try {
            var setup = new EffectSetup(new EffectParams(spec, choice.params()), width, height, seed, startEpochMs);
            return new Scene(factory.create(setup), new Canvas(width, height), oneD ? line : null, startEpochMs,
                    choice.effect());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "effect '" + choice.effect() + "' failed to start; showing nothing", e);
            return Scene.dark();
        }
    }
}
