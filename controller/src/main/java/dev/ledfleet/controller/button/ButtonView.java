package dev.ledfleet.controller.button;

import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import java.util.List;

/** What resolving a gesture needs to know about the fleet. */
public interface ButtonView {

    /** What the device shows or is about to show (desired before reported), or null if unknown. */
    DeviceState current(String device);

    /** The device's favourites, most wanted first. */
    List<EffectChoice> favourites(String device);

    /** The members of a group; unknown groups have none. */
    List<String> members(String group);
}
