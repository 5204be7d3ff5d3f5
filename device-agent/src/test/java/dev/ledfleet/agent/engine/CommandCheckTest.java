package dev.ledfleet.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.Playlist;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandCheckTest {

    private static final DeviceState SOLID = new DeviceState(true, 255, "solid", Map.of("color", "#ff0000"), 0,
            null, null, null, null);
    private final CommandCheck check = CommandCheck.standard();

    @Test
    void paramsWithoutEffect_areCheckedAgainstRunningEffect() {
        SetCommand bad = new SetCommand("x", null, null, null, Map.of("tail-length", 3), null, null, null);
        assertThatThrownBy(() -> check.check(bad, SOLID)).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("params.tail-length").hasMessageContaining("'solid'");
    }

    @Test
    void paramsWithoutEffect_areMadeCanonical() throws InvalidMessageException {
        SetCommand command = new SetCommand("x", null, null, null, Map.of("color", "00FF00"), null, null, null);
        assertThat(check.check(command, SOLID).params()).isEqualTo(Map.of("color", "#00ff00"));
    }

    @Test
    void paramsWhilePlaylistRuns_areRefused() {
        DeviceState playing = new DeviceState(true, 255, null, Map.of(), 0,
                new Playlist(List.of(EffectChoice.of("solid")), 1000, false, false), null, null, null);
        SetCommand command = new SetCommand("x", null, null, null, Map.of("color", "#00ff00"), null, null, null);
        assertThatThrownBy(() -> check.check(command, playing)).hasMessageContaining("params")
                .hasMessageContaining("playlist");
    }

    @Test
    void unknownEffect_isNamed() {
        SetCommand command = new SetCommand("x", null, null, "disco-ball", null, null, null, null);
        assertThatThrownBy(() -> check.check(command, SOLID)).hasMessageContaining("effect")
                .hasMessageContaining("'disco-ball'");
    }

    @Test
    void playlistEntry_withBadParam_namesItsPath() {
        Playlist playlist = new Playlist(List.of(EffectChoice.of("solid"),
                new EffectChoice("solid", Map.of("color", "red"))), 1000, false, false);
        SetCommand command = new SetCommand("x", null, null, null, null, null, null, playlist);
        assertThatThrownBy(() -> check.check(command, SOLID))
                .hasMessageContaining("playlist.effects[1].params.color");
    }

    @Test
    void brightnessOutOfRange_isRefused() {
        SetCommand command = new SetCommand("x", null, 300, null, null, null, null, null);
        assertThatThrownBy(() -> check.check(command, SOLID)).hasMessageContaining("brightness");
    }
}
