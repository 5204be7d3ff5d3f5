package dev.ledfleet.controller.rules;

import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.protocol.message.ButtonEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Holds the rules and decides which fire: events are handed in as they happen, time through
 * {@link #tick} (every second or so), always with the current instant, so tests pin the clock.
 * Conditions are checked when the trigger fires; actions run in order without waiting for one
 * another, and each firing is logged with its results. Single-threaded: the fleet's thread.
 */
public final class RuleEngine {

    /** After a longer gap (a suspended machine, a clock jump) time rules fire for the current minute only. */
    static final int MAX_CATCH_UP_MINUTES = 10;

    private final RuleInputs inputs;
    private final RuleActions actions;
    private final ZoneId zone;
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Map<String, FiringLog> logs = new LinkedHashMap<>();
    private LocalDateTime lastMinute;
    private long sequence;

    public RuleEngine(RuleInputs inputs, RuleActions actions, ZoneId zone) {
        this.inputs = inputs;
        this.actions = actions;
        this.zone = zone;
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Rule rule(String id) {
        Rule rule = rules.get(id);
        if (rule == null) {
            throw FleetException.notFound("rule", id);
        }
        return rule;
    }

    public boolean has(String id) {
        return rules.containsKey(id);
    }

    /** Adds or replaces a rule (already validated); its log is kept when it is replaced. */
    public void put(Rule rule) {
        rules.put(rule.id(), rule);
        logs.computeIfAbsent(rule.id(), id -> new FiringLog());
    }

    public void remove(String id) {
        rule(id);
        rules.remove(id);
        logs.remove(id);
    }

    public List<Firing> log(String id) {
        rule(id);
        return logs.get(id).entries();
    }

    /** The topic filters enabled rules listen to, for the MQTT subscriptions. */
    public Set<String> topicFilters() {
        Set<String> filters = new LinkedHashSet<>();
        for (Rule rule : rules.values()) {
            if (rule.enabled() && rule.trigger() instanceof Trigger.Mqtt m) {
                filters.add(m.topic().value());
            }
        }
        return filters;
    }

    /**
     * A message that arrived through the subscription {@code filter}. Only rules with exactly that
     * filter are considered, because a message matching several filters arrives once per filter.
     */
    public void onMqtt(String filter, String topic, byte[] payload, Instant now) {
        for (Rule rule : enabled()) {
            if (rule.trigger() instanceof Trigger.Mqtt m && m.topic().value().equals(filter) && m.topic().matches(topic)
                    && payloadMatches(m, payload)) {
                fire(rule, "mqtt " + topic, now);
            }
        }
    }

    public void onButton(String device, ButtonEvent event, Instant now) {
        for (Rule rule : enabled()) {
            if (rule.trigger() instanceof Trigger.Button b && b.device().equals(device) && b.gesture() == event.gesture()
                    && (b.button() == null || b.button() == event.button())) {
                fire(rule, "button " + device + " " + event.button() + " " + event.gesture().wireName(), now);
            }
        }
    }

    /** A device's connectivity changed; call only on a change, not on every report. */
    public void onConnectivity(String device, boolean online, Instant now) {
        for (Rule rule : enabled()) {
            if (rule.trigger() instanceof Trigger.Connectivity c && c.device().equals(device) && c.online() == online) {
                fire(rule, device + (online ? " online" : " offline"), now);
            }
        }
    }

    /** Lets time pass: fires time-of-day and cron rules for each minute begun since the last tick. */
    public void tick(Instant now) {
        LocalDateTime minute = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES);
        if (lastMinute == null) {
            lastMinute = minute;
            return;
        }
        if (!minute.isAfter(lastMinute)) {
            return;
        }
        LocalDateTime from = lastMinute.plusMinutes(1);
        if (ChronoUnit.MINUTES.between(from, minute) >= MAX_CATCH_UP_MINUTES) {
            from = minute;
        }
        lastMinute = minute;
        for (LocalDateTime m = from; !m.isAfter(minute); m = m.plusMinutes(1)) {
            for (Rule rule : enabled()) {
                if (rule.trigger() instanceof Trigger.TimeOfDay t && t.at().truncatedTo(ChronoUnit.MINUTES).equals(m.toLocalTime())) {
                    fire(rule, "time " + m.toLocalTime(), now);
                } else if (rule.trigger() instanceof Trigger.Cron c && c.schedule().matches(m)) {
                    fire(rule, "cron " + c.schedule().expression() + " at " + m, now);
                }
            }
        }
    }

    private List<Rule> enabled() {
        return rules.values().stream().filter(Rule::enabled).toList();
    }

    private boolean payloadMatches(Trigger.Mqtt trigger, byte[] payload) {
        if (trigger.payload() != null) {
            return trigger.payload().equals(new String(payload, StandardCharsets.UTF_8));
        }
        if (trigger.field() != null) {
            return inputs.field(payload, trigger.field()).map(trigger.value()::equals).orElse(false);
        }
        return true;
    }

    private void fire(Rule rule, String cause, Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        for (Condition condition : rule.conditions()) {
            if (!holds(condition, local)) {
                return;
            }
        }
        FiringLog log = logs.get(rule.id());
        Firing started = new Firing(++sequence, now.toEpochMilli(), cause, "running", List.of());
        log.add(started);
        List<CompletableFuture<String>> results = new ArrayList<>();
        for (Action action : rule.actions()) {
            results.add(start(action));
        }
        CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).whenComplete((ignored, failure) -> {
            List<String> texts = new ArrayList<>();
            boolean failed = false;
            for (CompletableFuture<String> result : results) {
                if (result.isCompletedExceptionally()) {
                    failed = true;
                    texts.add("failed: " + reason(result));
                } else {
                    texts.add(result.join());
                }
            }
            log.update(new Firing(started.seq(), started.at(), cause, failed ? "failed" : "done", texts));
        });
    }

    private CompletableFuture<String> start(Action action) {
        try {
            return actions.run(action);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static String reason(CompletableFuture<String> failed) {
        try {
            failed.join();
            return "";
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.getMessage();
        }
    }

    private boolean holds(Condition condition, LocalDateTime now) {
        if (condition instanceof Condition.TimeWindow w) {
            return w.contains(now.toLocalTime());
        }
        Condition.DeviceState s = (Condition.DeviceState) condition;
        return s.holds(inputs.reported(s.device()));
    }
}
