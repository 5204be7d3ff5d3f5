package dev.ledfleet.controller.fleet;

import java.util.Locale;

/** Who asked for a command; shown in the command history and used to learn favourites. */
public enum CommandSource {
    API,
    BUTTON,
    RULE,
    GROUP,
    SCENE,
    HOME_ASSISTANT,
    /** The controller re-sending the desired state to a device that came back different. */
    RESYNC,
    /** The controller itself, for example the demo setting its devices' first animations. */
    SYSTEM;

    public String wireText() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether an effect chosen this way says something about what people like on the device. */
    public boolean countsAsChoice() {
        return this != RESYNC && this != SYSTEM;
    }
}
