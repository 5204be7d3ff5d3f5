package dev.ledfleet.protocol;

import java.util.Arrays;
import java.util.Optional;

/** The topics below {@code <base>/<device-id>/}, with whether their messages are retained. */
public enum DeviceTopic {
    STATUS("status", true),
    INFO("info", true),
    STATE("state", true),
    SET("set", false),
    BUTTON_EVENT("event/button", false),
    FRAME_REQUEST("frame/request", false),
    FRAME("frame", false),
    ERROR("error", false),
    FAVOURITES("favourites", true),
    SIMULATED_BUTTON("sim/button", false);

    private final String suffix;
    private final boolean retained;

    DeviceTopic(String suffix, boolean retained) {
        this.suffix = suffix;
        this.retained = retained;
    }

    public String suffix() {
        return suffix;
    }

    public boolean retained() {
        return retained;
    }

    static Optional<DeviceTopic> fromSuffix(String suffix) {
        return Arrays.stream(values()).filter(t -> t.suffix.equals(suffix)).findFirst();
    }
}
