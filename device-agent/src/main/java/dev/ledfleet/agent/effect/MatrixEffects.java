package dev.ledfleet.agent.effect;

import dev.ledfleet.agent.effect.classic.Candle;
import dev.ledfleet.agent.effect.classic.Fire;
import dev.ledfleet.agent.effect.classic.Fireworks;
import dev.ledfleet.agent.effect.classic.Meteor;
import dev.ledfleet.agent.effect.classic.Plasma;
import dev.ledfleet.agent.effect.classic.Scanner;
import dev.ledfleet.agent.effect.classic.Twinkle;
import dev.ledfleet.agent.effect.classic.Wipe;
import dev.ledfleet.agent.effect.sprite.Sprite;
import dev.ledfleet.agent.effect.text.CountdownScroll;
import dev.ledfleet.agent.effect.text.TextScroll;
import dev.ledfleet.agent.effect.text.TimeScroll;

/** Sprites, text, clocks, the WLED classics and the wiring test. */
final class MatrixEffects {

    private MatrixEffects() {
    }

    static void registerAll(EffectRegistry registry) {
        registry.register("sprite", Sprite::new);
        registry.register("text-scroll", TextScroll::new);
        registry.register("time-scroll", TimeScroll::new);
        registry.register("countdown-scroll", CountdownScroll::new);
        registry.register("fire", Fire::new);
        registry.register("twinkle", Twinkle::new);
        registry.register("wipe", Wipe::new);
        registry.register("scanner", Scanner::new);
        registry.register("meteor", Meteor::new);
        registry.register("fireworks", Fireworks::new);
        registry.register("plasma", Plasma::new);
        registry.register("candle", Candle::new);
        registry.register("layout-test", LayoutTest::new);
    }
}
