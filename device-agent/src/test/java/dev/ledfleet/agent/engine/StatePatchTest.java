package dev.ledfleet.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.Playlist;
import dev.ledfleet.protocol.message.PowerChange;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatePatchTest {

    private static final Playlist PLAYLIST = new Playlist(List.of(EffectChoice.of("solid"), EffectChoice.of("rainbow")),
            5_000, false, false);
    private static final DeviceState COMET = new DeviceState(true, 200, "comet",
            Map.of("color", "#ff0000", "tail-length", 6), 500, null, 1_000L, "c-1", null);

    private static SetCommand command(String id) {
        return new SetCommand(id, null, null, null, null, null, null, null);
    }

    private static SetCommand power(PowerChange power) {
        return new SetCommand("p", power, null, null, null, null, null, null);
    }

    private static SetCommand params(Map<String, Object> params) {
        return new SetCommand("q", null, null, null, params, null, null, null);
    }

    private static SetCommand effect(String effect, Map<String, Object> params) {
        return new SetCommand("e", null, null, effect, params, null, null, null);
    }

    @Test
    void apply_emptyCommand_changesOnlyTheCommandId() {
        DeviceState after = StatePatch.apply(COMET, command("c-2"));
        assertThat(after).isEqualTo(COMET.withCommandId("c-2"));
    }

    @Test
    void apply_toggle_flipsPower() {
        assertThat(StatePatch.apply(COMET, power(PowerChange.TOGGLE)).power()).isFalse();
        assertThat(StatePatch.apply(COMET, power(PowerChange.ON)).power()).isTrue();
        assertThat(StatePatch.apply(COMET, power(PowerChange.OFF)).power()).isFalse();
    }

    @Test
    void apply_paramsWithoutEffect_mergeIntoRunningEffect_andKeepAnchor() {
        DeviceState after = StatePatch.apply(COMET, params(Map.of("tail-length", 3, "bounce", true)));
        assertThat(after.effect()).isEqualTo("comet");
        assertThat(after.params()).isEqualTo(Map.of("color", "#ff0000", "tail-length", 3, "bounce", true));
        assertThat(after.startAt()).isEqualTo(1_000L);
    }

    @Test
    void apply_newEffect_replacesParams_andDropsAnchor() {
        DeviceState after = StatePatch.apply(COMET, effect("chase", Map.of("size", 3)));
        assertThat(after.effect()).isEqualTo("chase");
        assertThat(after.params()).isEqualTo(Map.of("size", 3));
        assertThat(after.startAt()).isNull();
        assertThat(StatePatch.apply(COMET, effect("rainbow", null)).params()).isEmpty();
    }

    @Test
    void apply_playlist_replacesEffect() {
        DeviceState after = StatePatch.apply(COMET,
                new SetCommand("l", null, null, null, null, null, 9_000L, PLAYLIST));
        assertThat(after.playlist()).isEqualTo(PLAYLIST);
        assertThat(after.effect()).isNull();
        assertThat(after.params()).isEmpty();
        assertThat(after.startAt()).isEqualTo(9_000L);
        assertThat(StatePatch.apply(after, effect("solid", null)).playlist()).isNull();
    }

    @Test
    void apply_brightnessAndTransition_replaceTheirFields() {
        DeviceState after = StatePatch.apply(COMET, new SetCommand("b", null, 10, null, null, 0, null, null));
        assertThat(after.brightness()).isEqualTo(10);
        assertThat(after.transitionMs()).isZero();
        assertThat(after.params()).isEqualTo(COMET.params());
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of(power(PowerChange.TOGGLE), power(PowerChange.TOGGLE)),
                Arguments.of(power(PowerChange.OFF), power(PowerChange.TOGGLE)),
                Arguments.of(power(PowerChange.TOGGLE), power(PowerChange.ON)),
                Arguments.of(params(Map.of("tail-length", 2)), params(Map.of("color", "#00ff00"))),
                Arguments.of(effect("chase", Map.of("size", 3)), params(Map.of("spacing", 1))),
                Arguments.of(params(Map.of("tail-length", 2)), effect("rainbow", null)),
                Arguments.of(effect("chase", null), new SetCommand("l", null, 5, null, null, null, null, PLAYLIST)),
                Arguments.of(new SetCommand("l", null, 5, null, null, 100, 7L, PLAYLIST), effect("solid", null)),
                Arguments.of(new SetCommand("s", null, null, null, null, null, 42L, null), params(Map.of("a", 1))),
                Arguments.of(effect("chase", null), new SetCommand("s", null, 3, null, null, null, 42L, null)));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void merge_thenApply_equalsApplyingOneAfterTheOther(SetCommand first, SetCommand second) {
        DeviceState stepByStep = StatePatch.apply(StatePatch.apply(COMET, first), second);
        assertThat(StatePatch.apply(COMET, StatePatch.merge(first, second))).isEqualTo(stepByStep);
    }

    @Test
    void merge_twoToggles_cancelOut_andLatestIdWins() {
        SetCommand merged = StatePatch.merge(power(PowerChange.TOGGLE), command("last").withStartAt(null));
        assertThat(merged.power()).isEqualTo(PowerChange.TOGGLE);
        SetCommand cancelled = StatePatch.merge(power(PowerChange.TOGGLE), power(PowerChange.TOGGLE));
        assertThat(cancelled.power()).isNull();
        assertThat(StatePatch.merge(command("a"), command("b")).id()).isEqualTo("b");
    }

    @Test
    void merge_paramsAfterNewEffect_joinThatEffectsParams() {
        SetCommand merged = StatePatch.merge(effect("chase", Map.of("size", 3)), params(Map.of("spacing", 1)));
        assertThat(merged.effect()).isEqualTo("chase");
        assertThat(merged.params()).isEqualTo(Map.of("size", 3, "spacing", 1));
    }
}
