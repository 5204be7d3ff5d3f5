package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.DeviceId;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trouble per device over a sliding window (an hour by default). Alerts count devices, not events:
 * one lamp in a crash loop shows as one affected device however often it restarts.
 */
public final class FleetHealth {

    /** A kind of trouble. */
    public enum Trouble { RESTARTS, RECONNECTS, REJECTED_COMMANDS, DROPPED_FRAMES }

    private record Incident(long at, Trouble trouble, long count) {
    }

    /** Per device and trouble, the events in the window; {@code affectedDevices} counts devices with any. */
    public record Report(long windowMs, Map<String, Map<Trouble, Long>> devices, Map<Trouble, Integer> affectedDevices) {
    }

    private final long windowMs;
    private final Map<DeviceId, Deque<Incident>> incidents = new HashMap<>();

    public FleetHealth(Duration window) {
        this.windowMs = window.toMillis();
    }

    void record(DeviceId device, Trouble trouble, long count, long now) {
        if (count <= 0) {
            return;
        }
        Deque<Incident> list = incidents.computeIfAbsent(device, d -> new ArrayDeque<>());
        list.addLast(new Incident(now, trouble, count));
        prune(list, now);
    }

    void forget(DeviceId device) {
        incidents.remove(device);
    }

    public Report report(Iterable<DeviceId> known, long now) {
        Map<String, Map<Trouble, Long>> devices = new TreeMap<>();
        Map<Trouble, Integer> affected = new EnumMap<>(Trouble.class);
        for (Trouble trouble : Trouble.values()) {
            affected.put(trouble, 0);
        }
        for (DeviceId device : known) {
            Map<Trouble, Long> counts = new EnumMap<>(Trouble.class);
            for (Trouble trouble : Trouble.values()) {
                counts.put(trouble, 0L);
            }
            Deque<Incident> list = incidents.getOrDefault(device, new ArrayDeque<>());
            prune(list, now);
            for (Incident incident : list) {
                counts.merge(incident.trouble(), incident.count(), Long::sum);
            }
            counts.forEach((trouble, count) -> {
                if (count > 0) {
                    affected.merge(trouble, 1, Integer::sum);
                }
            });
            devices.put(device.value(), counts);
        }
        return new Report(windowMs, devices, affected);
    }

    private void prune(Deque<Incident> list, long now) {
        while (!list.isEmpty() && list.peekFirst().at() < now - windowMs) {
            list.removeFirst();
        }
    }
}
