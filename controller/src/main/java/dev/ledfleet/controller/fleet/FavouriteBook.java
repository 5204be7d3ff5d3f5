package dev.ledfleet.controller.fleet;

import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.FavouriteList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Each device's favourites as its button should cycle them: learns from the effects people apply and
 * publishes the ranked list (retained) whenever it changes. Fleet thread only.
 */
final class FavouriteBook {

    private final Setup setup;
    private final DeviceLink link;
    /** The parameters an effect was last chosen with, per device, so a learned favourite looks the same. */
    private final Map<DeviceId, Map<String, EffectChoice>> lastChoices = new HashMap<>();

    FavouriteBook(Setup setup, DeviceLink link) {
        this.setup = setup;
        this.link = link;
    }

    List<EffectChoice> ranked(DeviceId device) {
        return FavouriteRanking.rank(setup.favourites(device), setup.usage(device),
                lastChoices.getOrDefault(device, Map.of()));
    }

    /** Counts an applied command's effect when a person (or their rule) chose it. */
    void learn(CommandRecord command) {
        String effect = command.patch().effect();
        if (command.status() != CommandStatus.APPLIED || !command.source().countsAsChoice() || effect == null) {
            return;
        }
        DeviceId device = command.device();
        List<EffectChoice> before = ranked(device);
        setup.countUse(device, effect);
        lastChoices.computeIfAbsent(device, d -> new HashMap<>()).put(effect, new EffectChoice(effect, command.patch().params()));
        if (!ranked(device).equals(before)) {
            publish(device);
        }
        setup.save();
    }

    CompletableFuture<Void> put(DeviceId device, Favourites favourites) {
        CompletableFuture<Void> saved = setup.putFavourites(device, favourites);
        publish(device);
        return saved;
    }

    void publish(DeviceId device) {
        List<EffectChoice> list = ranked(device);
        if (!list.isEmpty()) {
            link.sendFavourites(device, new FavouriteList(list));
        }
    }

    void forget(DeviceId device) {
        lastChoices.remove(device);
    }
}
