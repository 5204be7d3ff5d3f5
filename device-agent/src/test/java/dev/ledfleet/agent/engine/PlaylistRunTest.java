package dev.ledfleet.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.Playlist;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PlaylistRunTest {

    private static Playlist playlist(int size, boolean shuffle, boolean advanceOnCycle) {
        List<EffectChoice> effects = IntStream.range(0, size).mapToObj(i -> EffectChoice.of("solid")).toList();
        return new Playlist(effects, 1_000, shuffle, advanceOnCycle);
    }

    private static List<Integer> positions(PlaylistRun run, long anchor, int entries) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            assertThat(run.advance(anchor + i * 1_000L + 10, 0)).isTrue();
            order.add(run.position());
        }
        return order;
    }

    @Test
    void interval_playsEntriesInOrder_andWraps() {
        PlaylistRun run = new PlaylistRun(playlist(3, false, false), 5_000, 1);
        assertThat(positions(run, 5_000, 7)).containsExactly(0, 1, 2, 0, 1, 2, 0);
    }

    @Test
    void interval_entryDependsOnlyOnTimeSinceAnchor() {
        PlaylistRun run = new PlaylistRun(playlist(3, false, false), 5_000, 1);
        assertThat(run.advance(5_000 + 4_500, 0)).isTrue();
        assertThat(run.position()).isEqualTo(1);
        assertThat(run.entryStartEpochMs()).isEqualTo(9_000);
        assertThat(run.advance(9_999, 0)).isFalse();
    }

    @Test
    void interval_beforeAnchor_showsFirstEntry() {
        PlaylistRun run = new PlaylistRun(playlist(3, false, false), 5_000, 1);
        run.advance(4_000, 0);
        assertThat(run.position()).isZero();
    }

    @Test
    void shuffle_playsEveryEntryOncePerRound() {
        PlaylistRun run = new PlaylistRun(playlist(5, true, false), 0, 77);
        List<Integer> order = positions(run, 0, 15);
        for (int round = 0; round < 3; round++) {
            assertThat(order.subList(round * 5, round * 5 + 5)).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        }
        assertThat(order).isNotEqualTo(positions(new PlaylistRun(playlist(5, false, false), 0, 77), 0, 15));
    }

    @Test
    void shuffle_sameSeed_sameOrder() {
        List<Integer> first = positions(new PlaylistRun(playlist(8, true, false), 0, 1234), 0, 16);
        List<Integer> second = positions(new PlaylistRun(playlist(8, true, false), 0, 1234), 0, 16);
        List<Integer> other = positions(new PlaylistRun(playlist(8, true, false), 0, 4321), 0, 16);
        assertThat(first).isEqualTo(second).isNotEqualTo(other);
    }

    @Test
    void advanceOnCycle_movesOnWhenCycleCompletes() {
        PlaylistRun run = new PlaylistRun(playlist(3, false, true), 0, 1);
        assertThat(run.advance(0, 0)).isTrue();
        assertThat(run.advance(300, 0)).isFalse();
        assertThat(run.advance(400, 1)).isTrue();
        assertThat(run.position()).isEqualTo(1);
        assertThat(run.entryStartEpochMs()).isEqualTo(400);
    }

    @Test
    void advanceOnCycle_intervalIsUpperBound() {
        PlaylistRun run = new PlaylistRun(playlist(3, false, true), 0, 1);
        run.advance(0, 0);
        assertThat(run.advance(999, 0)).isFalse();
        assertThat(run.advance(1_000, 0)).isTrue();
        assertThat(run.position()).isEqualTo(1);
    }

    @Test
    void entrySeed_differsPerEntry() {
        PlaylistRun run = new PlaylistRun(playlist(3, false, false), 0, 1);
        run.advance(0, 0);
        long first = run.entrySeed();
        run.advance(1_000, 0);
        assertThat(run.entrySeed()).isNotEqualTo(first);
    }
}
