package dev.ledfleet.controller.rules;

import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.controller.fleet.Setup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Rule management: checks a rule before it reaches the engine and keeps the {@code rules} section
 * of the stored configuration in step, so rules are saved (crash-safe) with the rest. A stored rule
 * that cannot be read is reported at start-up and kept verbatim, never dropped. Fleet thread only.
 */
public final class RuleStore {

    static final String SECTION = "rules";
    private static final System.Logger LOG = System.getLogger(RuleStore.class.getName());

    private final Setup setup;
    private final RuleEngine engine;
    private final RuleFormat format;
    private final RuleValidator validator;
    private final List<Object> unreadable = new ArrayList<>();

    public RuleStore(Setup setup, RuleEngine engine, RuleFormat format, RuleValidator validator) {
        this.setup = setup;
        this.engine = engine;
        this.format = format;
        this.validator = validator;
        if (setup.extra(SECTION) instanceof List<?> stored) {
            for (Object plain : stored) {
                try {
                    engine.put(format.read(plain, null));
                } catch (FleetException | IllegalArgumentException e) {
                    LOG.log(System.Logger.Level.ERROR, "stored rule is unreadable and kept as it is: " + e.getMessage());
                    unreadable.add(plain);
                }
            }
        }
    }

    public RuleEngine engine() {
        return engine;
    }

    public RuleFormat format() {
        return format;
    }

    /** Creates a rule; its id comes from the body, or is made from its name. */
    public CompletableFuture<Rule> create(Object plain) {
        Rule rule = format.read(plain, null);
        if (rule.id() == null) {
            rule = new Rule(freeId(rule.name()), rule.name() == null ? "rule" : rule.name(), rule.enabled(),
                    rule.trigger(), rule.conditions(), rule.actions());
        }
        if (engine.has(rule.id())) {
            throw FleetException.invalid("id", "a rule '" + rule.id() + "' exists already; PUT /api/rules/" + rule.id() + " replaces it");
        }
        return store(rule);
    }

    /** Replaces (or creates) the rule {@code id}. */
    public CompletableFuture<Rule> replace(String id, Object plain) {
        if (plain instanceof Map<?, ?> map && map.get("id") != null && !id.equals(String.valueOf(map.get("id")))) {
            throw FleetException.invalid("id", "the body names '" + map.get("id") + "' but the URL names '" + id + "'");
        }
        return store(format.read(plain, id));
    }

    /** Switches a rule on or off; it was checked when it was stored, so it is not checked again. */
    public CompletableFuture<Rule> enable(String id, boolean enabled) {
        Rule rule = engine.rule(id).withEnabled(enabled);
        engine.put(rule);
        return save().thenApply(ignored -> rule);
    }

    public CompletableFuture<Void> remove(String id) {
        engine.remove(id);
        return save();
    }

    private CompletableFuture<Rule> store(Rule rule) {
        validator.check(rule);
        engine.put(rule);
        return save().thenApply(ignored -> rule);
    }

    private CompletableFuture<Void> save() {
        List<Object> section = new ArrayList<>(unreadable);
        engine.rules().forEach(rule -> section.add(format.write(rule)));
        return setup.putExtra(SECTION, section);
    }

    private String freeId(String name) {
        String base = name == null ? "rule" : name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-")
                .replaceAll("^[^a-z0-9]+", "").replaceAll("-+$", "");
        if (base.isEmpty()) {
            base = "rule";
        }
        base = base.length() > 56 ? base.substring(0, 56) : base;
        String id = base;
        for (int n = 2; engine.has(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
