package dev.ledfleet.agent.effect;

import dev.ledfleet.agent.effect.sprite.SpriteSheet;
import dev.ledfleet.agent.effect.text.CountdownScroll;
import dev.ledfleet.agent.effect.text.ZoneClock;
import java.util.Optional;

/**
 * The checks {@code ParamValidator} cannot make from the spec alone because they need the agent:
 * does a sprite image decode, is a time zone known, does a countdown target parse. Run it when a
 * command arrives so a bad value is refused with a message rather than shown as a blank effect.
 */
public final class ParamContentCheck {

    private ParamContentCheck() {
    }

    /** What is wrong with {@code params} of effect {@code effectId} on a {@code width x height} canvas, if anything. */
    public static Optional<String> problem(String effectId, EffectParams params, int width, int height) {
        try {
            switch (effectId) {
                case "sprite" -> {
                    byte[] image = params.image("image");
                    if (image.length > 0) {
                        SpriteSheet.decode(image, params.integer("frame-width"), params.integer("frame-height"),
                                width, height, 0);
                    }
                }
                case "time-scroll" -> ZoneClock.zone(params.text("time-zone"));
                case "countdown-scroll" -> CountdownScroll.targetEpochMs(params.text("target"),
                        ZoneClock.zone(params.text("time-zone")), 0);
                default -> {
                    // Nothing beyond the spec to check.
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
