package dev.ledfleet.controller.automation;

import dev.ledfleet.controller.button.ButtonMappings;
import dev.ledfleet.controller.fleet.Fleet;
import dev.ledfleet.controller.homeassistant.HaBridge;
import dev.ledfleet.controller.homeassistant.HaDiscovery;
import dev.ledfleet.controller.homeassistant.HaTopics;
import dev.ledfleet.controller.homeassistant.HaTranslation;
import dev.ledfleet.controller.rules.RuleEngine;
import dev.ledfleet.controller.rules.RuleFormat;
import dev.ledfleet.controller.rules.RuleStore;
import dev.ledfleet.controller.rules.RuleValidator;
import dev.ledfleet.controller.runtime.FleetGate;
import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.protocol.DeviceTopic;
import dev.ledfleet.protocol.Topics;
import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.message.MessageCodec;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Hosts {@link Automation} on the fleet's context and connects it to MQTT: button events (handed
 * over by the MQTT verticle), the group and scene topics, the topic filters of the rules, Home
 * Assistant's birth message and command topics; and a one-second tick for time-based rules.
 */
public final class AutomationVerticle extends VerticleBase {

    private static final System.Logger LOG = System.getLogger(AutomationVerticle.class.getName());
    static final long TICK_MS = 1_000;
    static final long COMMAND_TIMEOUT_MS = 5_000;

    private final MqttLink link;
    private final Topics topics;
    private final MessageCodec codec;
    private final EffectCatalog catalog;
    private final FleetGate gate;
    private final HaTopics haTopics;
    private final AutomationTopics apiTopics;
    private final ZoneId zone;
    private final JsonBridge json;
    private final Set<String> ruleFilters = new HashSet<>();
    private volatile Automation automation;

    public AutomationVerticle(MqttLink link, Topics topics, MessageCodec codec, EffectCatalog catalog, FleetGate gate,
                              String discoveryPrefix, ZoneId zone) {
        this.link = link;
        this.topics = topics;
        this.codec = codec;
        this.catalog = catalog;
        this.gate = gate;
        this.haTopics = new HaTopics(discoveryPrefix, topics);
        this.apiTopics = new AutomationTopics(topics);
        this.zone = zone;
        this.json = new JsonBridge(codec);
    }

    @Override
    public Future<?> start() {
        return gate.call(this::build).onSuccess(built -> {
            automation = built;
            new MqttApi(link, codec, gate, built, apiTopics, haTopics, json).subscribe();
            vertx.setPeriodic(TICK_MS, id -> gate.run(f -> automation.tick()));
            syncRuleFilters();
        });
    }

    /** For the HTTP routes; available once deployed. */
    public AutomationHandlers handlers() {
        return new AutomationHandlers(gate, this, codec.mapper());
    }

    Automation automation() {
        return automation;
    }

    /** Subscribes to the topic filters the rules now listen to and drops the ones they no longer need. */
    void syncRuleFilters() {
        gate.call(f -> automation.engine().topicFilters()).onSuccess(wanted -> {
            synchronized (ruleFilters) {
                for (String stale : Set.copyOf(ruleFilters)) {
                    if (!wanted.contains(stale)) {
                        link.unsubscribe(stale);
                        ruleFilters.remove(stale);
                    }
                }
                for (String filter : wanted) {
                    if (ruleFilters.add(filter)) {
                        link.subscribe(filter, 1, (topic, payload, retained) -> {
                            if (!retained) {
                                gate.run(f -> automation.onRuleMessage(filter, topic, payload));
                            }
                        });
                    }
                }
            }
        });
    }

    private Automation build(Fleet fleet) {
        FleetNames names = new FleetNames(fleet);
        FleetRuleActions actions = new FleetRuleActions(fleet, this::publishForRule);
        RuleEngine engine = new RuleEngine(new RuleInputsOf(fleet, json), actions, zone);
        RuleStore rules = new RuleStore(fleet.setup(), engine, new RuleFormat(json), new RuleValidator(names, reservedFilters()));
        HaTranslation translation = new HaTranslation(catalog);
        HaBridge bridge = new HaBridge(new HaDiscovery(haTopics, translation), translation, haTopics, this::publishJson);
        Automation built = new Automation(fleet, new ButtonMappings(fleet.setup()), rules, bridge);
        fleet.addListener(built::onFleetEvent);
        return built;
    }

    private Set<String> reservedFilters() {
        Set<String> reserved = new LinkedHashSet<>();
        for (DeviceTopic topic : DeviceTopic.values()) {
            reserved.add(topics.everyDevice(topic));
        }
        reserved.add(apiTopics.everyGroupSet());
        reserved.add(apiTopics.everySceneApply());
        reserved.add(haTopics.birth());
        reserved.add(haTopics.everyCommand());
        return reserved;
    }

    /** Publishes a rule's message; the outcome is reported on the fleet's thread, where the rule log lives. */
    private CompletableFuture<Void> publishForRule(String topic, byte[] payload, boolean retained) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        link.publish(topic, payload, 1, retained).whenComplete((ok, failure) -> gate.run(f -> {
            if (failure != null) {
                done.completeExceptionally(failure);
            } else {
                done.complete(null);
            }
        }));
        return done;
    }

    private void publishJson(String topic, Map<String, Object> payload, boolean retained) {
        byte[] bytes = payload == null ? new byte[0] : json.bytes(payload);
        link.publish(topic, bytes, 1, retained).whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "cannot publish to {0}: {1}", topic, failure.getMessage());
            }
        });
    }
}
