package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.message.EffectChoice;
import java.util.List;

/**
 * A device's favourite effects. When {@code pinned} the order is the user's; otherwise it is a
 * starting list that usage reorders.
 */
public record Favourites(boolean pinned, List<EffectChoice> choices) {

    public static final Favourites NONE = new Favourites(false, List.of());

    public Favourites {
        choices = List.copyOf(choices);
    }
}
