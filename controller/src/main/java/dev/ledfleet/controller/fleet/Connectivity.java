package dev.ledfleet.controller.fleet;

import java.util.Locale;

/** Whether a device is reachable, as last told by its retained {@code status} topic. */
public enum Connectivity {
    ONLINE,
    OFFLINE,
    /** Nothing heard yet: the device is known from its info or state only, or not at all. */
    UNKNOWN;

    public String wireText() {
        return name().toLowerCase(Locale.ROOT);
    }
}
