package dev.ledfleet.controller.button;

import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.controller.fleet.Setup;
import dev.ledfleet.controller.rules.KnownNames;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Every device's button mapping, kept in the {@code buttons} section of the stored configuration so
 * it is saved (crash-safe) with the rest. A stored mapping that cannot be read is reported and kept
 * verbatim rather than dropped. Fleet thread only.
 */
public final class ButtonMappings {

    static final String SECTION = "buttons";
    private static final System.Logger LOG = System.getLogger(ButtonMappings.class.getName());

    private final Setup setup;
    private final ButtonMappingFormat format = new ButtonMappingFormat();
    private final Map<String, ButtonMapping> mappings = new TreeMap<>();
    private final Map<String, Object> unreadable = new TreeMap<>();

    public ButtonMappings(Setup setup) {
        this.setup = setup;
        if (setup.extra(SECTION) instanceof Map<?, ?> stored) {
            stored.forEach((device, plain) -> {
                try {
                    mappings.put(String.valueOf(device), format.read(plain, null));
                } catch (FleetException e) {
                    LOG.log(System.Logger.Level.ERROR, "stored button mapping of {0} is unreadable and kept as it is: {1} {2}",
                            device, e.field(), e.getMessage());
                    unreadable.put(String.valueOf(device), plain);
                }
            });
        }
    }

    public ButtonMapping mapping(String device) {
        return mappings.getOrDefault(device, ButtonMapping.DEFAULT);
    }

    public ButtonMappingFormat format() {
        return format;
    }

    /** Reads, checks and stores a device's mapping; the future completes once it is on disk. */
    public CompletableFuture<ButtonMapping> put(String device, Object plain, KnownNames known) {
        ButtonMapping mapping = format.read(plain, known);
        if (mapping.isDefault()) {
            mappings.remove(device);
        } else {
            mappings.put(device, mapping);
        }
        unreadable.remove(device);
        return save().thenApply(ignored -> mapping);
    }

    /** Back to the default mapping. */
    public CompletableFuture<Void> reset(String device) {
        mappings.remove(device);
        unreadable.remove(device);
        return save();
    }

    private CompletableFuture<Void> save() {
        Map<String, Object> section = new LinkedHashMap<>(unreadable);
        mappings.forEach((device, mapping) -> section.put(device, format.writeStored(mapping)));
        return setup.putExtra(SECTION, section);
    }
}
