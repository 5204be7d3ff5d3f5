package dev.ledfleet.agent.engine;

import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.Playlist;

/**
 * Which entry of a playlist shows when. On a fixed interval the entry is a function of the time since
 * the anchor, so devices sharing a start time switch together; with {@code advanceOnCycle} an entry
 * also ends once its effect completes a cycle. Shuffled playlists play every entry once per round,
 * each round in an order drawn from the seed.
 */
final class PlaylistRun {

    private final Playlist playlist;
    private final long anchorEpochMs;
    private final long seed;
    private final int[] order;
    private long orderRound = -1;
    private long ordinal = -1;
    private long entryStartEpochMs;

    PlaylistRun(Playlist playlist, long anchorEpochMs, long seed) {
        this.playlist = playlist;
        this.anchorEpochMs = anchorEpochMs;
        this.seed = seed;
        this.order = new int[playlist.effects().size()];
    }

    /**
     * Moves to the entry due at {@code nowEpochMs}, given the cycles the current entry's scene has
     * completed; returns true when the entry changed (including the very first call).
     */
    boolean advance(long nowEpochMs, long cyclesCompleted) {
        long interval = playlist.intervalMs();
        if (!playlist.advanceOnCycle()) {
            long due = Math.max(0, Math.floorDiv(nowEpochMs - anchorEpochMs, interval));
            if (due == ordinal) {
                return false;
            }
            ordinal = due;
            entryStartEpochMs = anchorEpochMs + due * interval;
            return true;
        }
        if (ordinal < 0) {
            ordinal = 0;
            entryStartEpochMs = anchorEpochMs;
            return true;
        }
        if (nowEpochMs - entryStartEpochMs >= interval) {
            entryStartEpochMs += interval;
        } else if (cyclesCompleted >= 1) {
            entryStartEpochMs = nowEpochMs;
        } else {
            return false;
        }
        ordinal++;
        return true;
    }

    /** How many entries have started before the current one. */
    long ordinal() {
        return ordinal;
    }

    /** The index in the playlist of the current entry. */
    int position() {
        int size = order.length;
        if (!playlist.shuffle()) {
            return (int) (ordinal % size);
        }
        long round = ordinal / size;
        if (round != orderRound) {
            shuffle(round);
        }
        return order[(int) (ordinal % size)];
    }

    EffectChoice choice() {
        return playlist.effects().get(position());
    }

    long entryStartEpochMs() {
        return entryStartEpochMs;
    }

    /** The seed of the current entry's effect. */
    long entrySeed() {
        return Seeds.of(seed, ordinal);
    }

    private void shuffle(long round) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long state = Seeds.of(seed ^ 0x5DEECE66DL, round);
        for (int i = order.length - 1; i > 0; i--) {
            state = Seeds.of(state, i);
            int j = (int) Math.floorMod(state, (long) (i + 1));
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        orderRound = round;
    }
}
