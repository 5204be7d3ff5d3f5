package dev.ledfleet.controller.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.IntPredicate;

/** The controller's heap after a full GC and its CPU use, for a given number of registered devices. */
final class ControllerFootprint {

    /** One measurement: devices the controller lists, heap after GC, idle CPU share of one core. */
    record Result(int devices, long heapBytes, double idleCpuPercent) {
        double heapMiB() {
            return heapBytes / (1024.0 * 1024.0);
        }
    }

    private ControllerFootprint() {
    }

    static Result measure(ControllerProcess controller, Rest rest, Duration idleWindow) throws Exception {
        int devices = knownDevices(rest);
        long heap = controller.heapAfterGc();
        Duration before = controller.cpuTime();
        long start = System.nanoTime();
        Thread.sleep(idleWindow.toMillis());
        double cpu = (controller.cpuTime().minus(before).toNanos()) * 100.0 / (System.nanoTime() - start);
        return new Result(devices, heap, cpu);
    }

    /** Online + offline + unknown devices, from {@code GET /api/health}. */
    static int knownDevices(Rest rest) {
        JsonNode devices = rest.get("/api/health").json().path("devices");
        return devices.path("online").asInt() + devices.path("offline").asInt() + devices.path("unknown").asInt();
    }

    static int onlineDevices(Rest rest) {
        return rest.get("/api/health").json().path("devices").path("online").asInt();
    }

    /** Polls until the condition holds for the count; false after the timeout. */
    static boolean awaitDevices(Rest rest, IntPredicate done, Duration timeout, boolean onlineOnly) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (done.test(onlineOnly ? onlineDevices(rest) : knownDevices(rest))) {
                return true;
            }
            GroupFanOut.pause(100);
        }
        return false;
    }
}
