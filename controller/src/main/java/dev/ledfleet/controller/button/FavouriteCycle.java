package dev.ledfleet.controller.button;

import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Steps through a device's favourites. The order is frozen while someone keeps pressing (presses
 * less than {@value #FREEZE_MS} ms apart), because every choice counts as use and could otherwise
 * reorder the list under the user's finger.
 */
final class FavouriteCycle {

    static final long FREEZE_MS = 15_000;

    private record Frozen(List<EffectChoice> order, long at) {
    }

    private final Map<String, Frozen> frozen = new HashMap<>();

    /** The favourite {@code direction} (+1 or -1) steps away from what {@code current} shows; null if none. */
    EffectChoice step(String key, List<EffectChoice> favourites, DeviceState current, int direction, long nowMs) {
        Frozen kept = frozen.get(key);
        List<EffectChoice> order = kept != null && nowMs - kept.at() < FREEZE_MS ? kept.order() : favourites;
        if (order.isEmpty()) {
            return null;
        }
        frozen.put(key, new Frozen(order, nowMs));
        int index = indexOf(order, current);
        int next = index < 0
                ? (direction > 0 ? 0 : order.size() - 1)
                : Math.floorMod(index + direction, order.size());
        return order.get(next);
    }

    /** The favourite the device shows: same effect, and every parameter the favourite names equal. */
    static int indexOf(List<EffectChoice> order, DeviceState current) {
        if (current == null) {
            return -1;
        }
        int sameEffect = -1;
        for (int i = 0; i < order.size(); i++) {
            EffectChoice choice = order.get(i);
            if (!choice.effect().equals(current.effect())) {
                continue;
            }
            if (sameEffect < 0) {
                sameEffect = i;
            }
            boolean paramsMatch = choice.params().entrySet().stream()
                    .allMatch(p -> same(p.getValue(), current.params().get(p.getKey())));
            if (paramsMatch) {
                return i;
            }
        }
        return sameEffect;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equalsIgnoreCase(y);
        }
        return Objects.equals(a, b);
    }
}
