package dev.ledfleet.protocol.message;

import java.util.Optional;

/**
 * The retained plain-text payload of {@code <base>/<id>/status}: {@code online}, or {@code offline}
 * (also the device's last will).
 */
public enum DeviceStatus implements DeviceReport {
    ONLINE,
    OFFLINE;

    public String wireText() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<DeviceStatus> fromWire(String text) {
        return switch (text.trim()) {
            case "online" -> Optional.of(ONLINE);
            case "offline" -> Optional.of(OFFLINE);
            default -> Optional.empty();
        };
    }
}
