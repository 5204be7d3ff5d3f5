package dev.ledfleet.controller.fleet;

import static dev.ledfleet.controller.fleet.FleetFixture.GRID;
import static dev.ledfleet.controller.fleet.FleetFixture.LAMP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.protocol.message.PowerChange;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FanOutTest {

    private final FleetFixture f = new FleetFixture();

    @Test
    void groupCommand_givesEveryMemberOneSharedStartAt_andReportsEachMember() {
        f.online(LAMP);
        f.online(GRID);
        f.fleet.setup().putGroup(new Group("downstairs", List.of("fiber-lamp", "pixel-grid", "hall-strip")));

        CompletableFuture<FanOut.Result> result = f.fleet.fanOut().group("downstairs", FleetFixture.effect("rainbow"), 3_000);
        SetCommand toLamp = f.link.sets.get(0).command();
        SetCommand toGrid = f.link.sets.get(1).command();
        f.apply(LAMP, toLamp);
        f.time.advance(3_000);

        FanOut.Result done = result.join();
        assertThat(toLamp.startAt()).isEqualTo(toGrid.startAt()).isEqualTo(done.startAt());
        assertThat(done.startAt()).isEqualTo(1_764_876_000_000L + FanOut.START_DELAY_MS);
        assertThat(done.members().get("fiber-lamp").status()).isEqualTo("applied");
        assertThat(done.members().get("pixel-grid").status()).isEqualTo("timed-out");
        assertThat(done.members().get("hall-strip").status()).isEqualTo("not-found");
    }

    @Test
    void brightnessOnlyGroupCommand_doesNotRestartAnimations() {
        f.online(LAMP);
        f.fleet.setup().putGroup(new Group("all", List.of("fiber-lamp")));

        f.fleet.fanOut().group("all", FleetFixture.brightness(5), 1_000);

        assertThat(f.link.last().startAt()).isNull();
    }

    @Test
    void scene_appliesItsPresetsAndStatesToEveryTarget() {
        f.online(LAMP);
        f.online(GRID);
        SetCommand cosy = new SetCommand(null, PowerChange.ON, 60, "sparkle", Map.of(), null, null, null);
        f.fleet.setup().putPreset(new Preset("cosy", cosy));
        f.fleet.setup().putScene(new Scene("movie", List.of(
                new Scene.Target("fiber-lamp", null, null, "cosy"),
                new Scene.Target("pixel-grid", null, FleetFixture.brightness(30), null))));

        CompletableFuture<FanOut.Result> result = f.fleet.fanOut().scene("movie", 3_000);
        f.link.sets.forEach(sent -> f.apply(sent.device(), sent.command()));

        assertThat(result.join().members()).allSatisfy((member, r) -> assertThat(r.status()).isEqualTo("applied"));
        assertThat(f.fleet.device(LAMP).reported().effect()).isEqualTo("sparkle");
        assertThat(f.fleet.device(GRID).reported().brightness()).isEqualTo(30);
    }
}
