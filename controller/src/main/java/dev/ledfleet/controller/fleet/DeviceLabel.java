package dev.ledfleet.controller.fleet;

/** What people call a device and where it is; either may be null. */
public record DeviceLabel(String name, String room) {

    public static final DeviceLabel NONE = new DeviceLabel(null, null);

    public DeviceLabel merge(DeviceLabel change) {
        return new DeviceLabel(change.name != null ? change.name : name, change.room != null ? change.room : room);
    }
}
