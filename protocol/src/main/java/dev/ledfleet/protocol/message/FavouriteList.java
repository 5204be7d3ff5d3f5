package dev.ledfleet.protocol.message;

import java.util.List;

/**
 * The effects a device's button cycles through, most wanted first, retained on
 * {@code <base>/<id>/favourites} so the agent keeps them for offline use:
 * {@code {"v":1,"favourites":[{"effect":"sparkle","params":{"color":"#ffffff"}},{"effect":"chase"}]}}.
 */
public record FavouriteList(List<EffectChoice> favourites) implements DeviceCommand {

    public static final int MAX_FAVOURITES = 32;

    public FavouriteList {
        favourites = List.copyOf(favourites);
    }
}
