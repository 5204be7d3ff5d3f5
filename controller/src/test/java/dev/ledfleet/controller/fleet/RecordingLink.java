package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.FavouriteList;
import dev.ledfleet.protocol.message.FrameRequest;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the fleet would have published, for unit tests of the domain alone. */
final class RecordingLink implements DeviceLink {

    record Sent(DeviceId device, SetCommand command) {
    }

    final List<Sent> sets = new ArrayList<>();
    final List<FavouriteList> favourites = new ArrayList<>();

    @Override
    public void sendSet(DeviceId device, SetCommand command) {
        sets.add(new Sent(device, command));
    }

    @Override
    public void sendFavourites(DeviceId device, FavouriteList list) {
        favourites.add(list);
    }

    @Override
    public void requestFrames(DeviceId device, FrameRequest request) {
    }

    @Override
    public void clearRetained(DeviceId device) {
    }

    SetCommand last() {
        return sets.get(sets.size() - 1).command();
    }
}
