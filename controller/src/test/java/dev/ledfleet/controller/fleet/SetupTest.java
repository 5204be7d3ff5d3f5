package dev.ledfleet.controller.fleet;

import static dev.ledfleet.controller.fleet.FleetFixture.LAMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledfleet.protocol.message.EffectChoice;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetupTest {

    private final FleetFixture f = new FleetFixture();

    @Test
    void putGroup_withBadMember_isRefusedNamingTheEntry() {
        assertThatThrownBy(() -> f.fleet.setup().putGroup(new Group("down", List.of("ok", "Not/Valid"))))
                .isInstanceOfSatisfying(FleetException.class, e -> assertThat(e.field()).isEqualTo("members[1]"));
        assertThat(f.saved).isEmpty();
    }

    @Test
    void scene_namingMissingPreset_isRefused() {
        assertThatThrownBy(() -> f.fleet.setup().putScene(new Scene("movie",
                List.of(new Scene.Target("fiber-lamp", null, null, "nope")))))
                .isInstanceOfSatisfying(FleetException.class, e -> assertThat(e.field()).isEqualTo("targets[0].preset"));
    }

    @Test
    void label_isSavedAndShown() {
        f.online(LAMP);

        f.fleet.label(LAMP, new DeviceLabel("Fibre lamp", "living-room"));

        assertThat(f.fleet.device(LAMP).name()).isEqualTo("Fibre lamp");
        assertThat(f.fleet.device(LAMP).room()).isEqualTo("living-room");
        assertThat(f.saved.get(f.saved.size() - 1).labels().get("fiber-lamp").room()).isEqualTo("living-room");
    }

    @Test
    void usage_movesTheMostChosenFavouriteFirst_andPublishesTheList() {
        f.online(LAMP);
        f.fleet.putFavourites(LAMP, new Favourites(false, List.of(EffectChoice.of("sparkle"), EffectChoice.of("chase"))));
        f.link.favourites.clear();

        for (int i = 0; i < 2; i++) {
            CommandTicket ticket = f.fleet.send(LAMP, FleetFixture.effect("chase"), CommandSource.API, 1_000);
            f.apply(LAMP, ticket.sent().patch());
        }

        assertThat(f.fleet.device(LAMP).favourites()).extracting(EffectChoice::effect).containsExactly("chase", "sparkle");
        assertThat(f.fleet.device(LAMP).usage()).containsEntry("chase", 2);
        assertThat(f.link.favourites).last().extracting(l -> l.favourites().get(0).effect()).isEqualTo("chase");
    }

    @Test
    void pinnedFavourites_keepTheirOrderWhateverIsUsed() {
        f.online(LAMP);
        f.fleet.putFavourites(LAMP, new Favourites(true, List.of(EffectChoice.of("sparkle"), EffectChoice.of("chase"))));

        CommandTicket ticket = f.fleet.send(LAMP, FleetFixture.effect("chase"), CommandSource.API, 1_000);
        f.apply(LAMP, ticket.sent().patch());

        assertThat(f.fleet.device(LAMP).favourites()).extracting(EffectChoice::effect).containsExactly("sparkle", "chase");
    }
}
