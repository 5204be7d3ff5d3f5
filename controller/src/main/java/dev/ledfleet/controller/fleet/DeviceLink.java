package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.FavouriteList;
import dev.ledfleet.protocol.message.FrameRequest;
import dev.ledfleet.protocol.message.SetCommand;

/**
 * How the fleet reaches devices; the MQTT adapter implements it. Calls return at once: the outcome of
 * a command is learnt from what the device reports, never from the send.
 */
public interface DeviceLink {

    void sendSet(DeviceId device, SetCommand command);

    /** Publishes the list retained, so the agent finds it again after a restart or offline. */
    void sendFavourites(DeviceId device, FavouriteList favourites);

    void requestFrames(DeviceId device, FrameRequest request);

    /** Clears the device's retained topics when it is forgotten. */
    void clearRetained(DeviceId device);
}
