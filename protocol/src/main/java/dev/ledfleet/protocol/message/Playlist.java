package dev.ledfleet.protocol.message;

import java.util.List;

/**
 * Effects shown one after another:
 * {@code {"effects":[{"effect":"comet"},{"effect":"rainbow"}],"intervalMs":30000,"shuffle":false,"advanceOnCycle":false}}.
 * With {@code advanceOnCycle} an effect that completes a cycle (a comet crossing, a text scroll)
 * hands over then, and {@code intervalMs} is only the upper bound.
 */
public record Playlist(List<EffectChoice> effects, long intervalMs, boolean shuffle, boolean advanceOnCycle) {

    public static final int MAX_EFFECTS = 32;

    public Playlist {
        effects = List.copyOf(effects);
    }
}
