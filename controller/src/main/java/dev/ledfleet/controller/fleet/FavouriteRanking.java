package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.message.EffectChoice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Orders a device's favourites: a pinned list as the user left it; otherwise the configured choices
 * most used first (ties keep their order), then effects people chose that are not in the list yet.
 */
final class FavouriteRanking {

    static final int MAX = 8;

    private FavouriteRanking() {
    }

    static List<EffectChoice> rank(Favourites favourites, Map<String, Integer> usage, Map<String, EffectChoice> lastChoices) {
        if (favourites.pinned()) {
            return favourites.choices();
        }
        List<EffectChoice> ranked = new ArrayList<>(favourites.choices());
        for (Map.Entry<String, Integer> used : usage.entrySet()) {
            boolean listed = ranked.stream().anyMatch(c -> c.effect().equals(used.getKey()));
            if (!listed && used.getValue() > 0) {
                ranked.add(lastChoices.getOrDefault(used.getKey(), EffectChoice.of(used.getKey())));
            }
        }
        ranked.sort(Comparator.comparingInt((EffectChoice c) -> -usage.getOrDefault(c.effect(), 0)));
        int limit = Math.max(MAX, favourites.choices().size());
        return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
    }
}
