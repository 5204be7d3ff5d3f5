package dev.ledfleet.controller.button;

import dev.ledfleet.controller.fleet.CommandSource;
import dev.ledfleet.controller.fleet.Device;
import dev.ledfleet.controller.fleet.FanOut;
import dev.ledfleet.controller.fleet.Fleet;
import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.ButtonEvent;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import dev.ledfleet.protocol.message.SetCommand;
import java.util.List;

/**
 * Acts on button events as the devices publish them: resolves the gesture with the device's mapping
 * and sends the result through the fleet's acknowledged command path with source {@code button}.
 * Fleet thread only.
 */
public final class ButtonResponder {

    static final long TIMEOUT_MS = 5_000;
    private static final System.Logger LOG = System.getLogger(ButtonResponder.class.getName());

    private final Fleet fleet;
    private final ButtonMappings mappings;
    private final ButtonResolver resolver = new ButtonResolver();
    private final ButtonView view;

    public ButtonResponder(Fleet fleet, ButtonMappings mappings) {
        this.fleet = fleet;
        this.mappings = mappings;
        this.view = new FleetView(fleet);
    }

    public ButtonCommand onEvent(DeviceId device, ButtonEvent event) {
        ButtonCommand command = resolver.resolve(device.value(), event, mappings.mapping(device.value()), view, fleet.clock().millis());
        try {
            execute(command);
        } catch (FleetException e) {
            LOG.log(System.Logger.Level.WARNING, "button {0} on {1}: {2}", event.gesture().wireName(), device, e.getMessage());
        }
        return command;
    }

    private void execute(ButtonCommand command) {
        if (command instanceof ButtonCommand.Patch p) {
            send(p.device(), p.group(), p.patch());
        } else if (command instanceof ButtonCommand.Preset p) {
            send(p.device(), p.group(), fleet.setup().preset(p.name()).state());
        } else if (command instanceof ButtonCommand.Scene s) {
            fleet.fanOut().scene(s.name(), TIMEOUT_MS);
        } else if (command instanceof ButtonCommand.None none) {
            LOG.log(System.Logger.Level.DEBUG, "button ignored: {0}", none.reason());
        }
    }

    /** To one device, or to every known member of a group with one shared start time. */
    private void send(String device, String group, SetCommand patch) {
        if (device != null) {
            fleet.send(DeviceId.of(device), patch, CommandSource.BUTTON, TIMEOUT_MS);
            return;
        }
        SetCommand shared = patch.effect() != null || patch.playlist() != null
                ? patch.withStartAt(fleet.clock().millis() + FanOut.START_DELAY_MS) : patch;
        for (String member : fleet.setup().group(group).members()) {
            DeviceId id = DeviceId.of(member);
            if (fleet.isKnown(id)) {
                fleet.send(id, shared, CommandSource.BUTTON, TIMEOUT_MS);
            }
        }
    }

    /** The fleet as the resolver sees it. */
    private record FleetView(Fleet fleet) implements ButtonView {

        @Override
        public DeviceState current(String device) {
            DeviceId id = DeviceId.of(device);
            if (!fleet.isKnown(id)) {
                return null;
            }
            Device d = fleet.device(id);
            // While a command is on its way the desired state is the truth to step from, so quick
            // presses add up; otherwise what the device reports, which may have changed by itself.
            if (d.pending() != null && d.desired() != null) {
                return d.desired();
            }
            return d.reported() != null ? d.reported() : d.desired();
        }

        @Override
        public List<EffectChoice> favourites(String device) {
            DeviceId id = DeviceId.of(device);
            return fleet.isKnown(id) ? fleet.device(id).favourites() : List.of();
        }

        @Override
        public List<String> members(String group) {
            try {
                return fleet.setup().group(group).members();
            } catch (FleetException e) {
                return List.of();
            }
        }
    }
}
