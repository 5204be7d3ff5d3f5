package dev.ledfleet.agent;

import dev.ledfleet.agent.button.Gesture;
import dev.ledfleet.agent.engine.LightEngine;
import dev.ledfleet.agent.local.LocalControl;
import dev.ledfleet.protocol.message.ButtonEvent;
import dev.ledfleet.protocol.message.FavouriteList;
import dev.ledfleet.protocol.message.InvalidMessageException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where a recognised gesture goes: always onto {@code event/button} with a rising sequence number
 * when the broker is reachable, and into a local command when nobody would act on it, that is when
 * the broker is unreachable or the controller's clock ticks have stopped for
 * {@value #CONTROLLER_SILENCE_MS} ms.
 */
final class ButtonEvents {

    static final long CONTROLLER_SILENCE_MS = 15_000;
    private static final System.Logger LOG = System.getLogger(ButtonEvents.class.getName());
    private static final int BUTTON = 1;

    private final Consumer<ButtonEvent> publisher;
    private final BooleanSupplier controllerListening;
    private final LightEngine engine;
    private final Supplier<FavouriteList> favourites;
    private final LocalControl local = new LocalControl();
    private long sequence;

    /**
     * @param publisher           sends an event to the broker, dropping it when the link is down
     * @param controllerListening whether the broker is reachable and the controller alive
     */
    ButtonEvents(Consumer<ButtonEvent> publisher, BooleanSupplier controllerListening, LightEngine engine,
            Supplier<FavouriteList> favourites) {
        this.publisher = publisher;
        this.controllerListening = controllerListening;
        this.engine = engine;
        this.favourites = favourites;
    }

    /** Called on the button thread only. */
    void gesture(Gesture gesture) {
        publisher.accept(new ButtonEvent(BUTTON, gesture.kind(), sequence++, System.currentTimeMillis()));
        if (controllerListening.getAsBoolean()) {
            return;
        }
        local.commandFor(gesture.kind(), engine.state(), favourites.get()).ifPresent(command -> {
            try {
                engine.submit(command);
            } catch (InvalidMessageException e) {
                LOG.log(System.Logger.Level.WARNING, "local {0} refused: {1}", gesture.kind().wireName(), e.getMessage());
            }
        });
    }
}
