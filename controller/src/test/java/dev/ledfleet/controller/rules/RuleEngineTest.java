package dev.ledfleet.controller.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.protocol.message.ButtonEvent;
import dev.ledfleet.protocol.message.ButtonGesture;
import dev.ledfleet.protocol.message.DeviceState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    static final Instant EVENING = Instant.parse("2026-12-04T21:00:00Z");
    static final Action HALL_SCENE = new Action.ApplyScene("hall");

    final Map<String, DeviceState> states = new HashMap<>();
    final List<Action> ran = new ArrayList<>();
    final Map<Action, CompletableFuture<String>> outcomes = new HashMap<>();
    final RuleEngine engine = new RuleEngine(new RuleInputs() {
        public DeviceState reported(String device) {
            return states.get(device);
        }

        public Optional<String> field(byte[] payload, String dotPath) {
            // Just enough JSON for the tests: {"occupancy":true}
            String text = new String(payload, StandardCharsets.UTF_8);
            String key = "\"" + dotPath + "\":";
            int at = text.indexOf(key);
            return at < 0 ? Optional.empty() : Optional.of(text.substring(at + key.length()).replaceAll("[}\\s\"]", ""));
        }
    }, action -> {
        ran.add(action);
        return outcomes.getOrDefault(action, CompletableFuture.completedFuture("ok"));
    }, ZoneOffset.UTC);

    static Rule rule(String id, Trigger trigger, List<Condition> conditions, Action... actions) {
        return new Rule(id, id, true, trigger, conditions, List.of(actions));
    }

    static Trigger mqtt(String filter, String payload, String field, String value) {
        return new Trigger.Mqtt(new TopicFilter(filter), payload, field, value);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void mqttTrigger_matchingTopic_runsActionsAndLogsTheFiring() {
        engine.put(rule("motion", mqtt("home/+/motion", null, null, null), List.of(), HALL_SCENE));

        engine.onMqtt("home/+/motion", "home/hall/motion", bytes("on"), EVENING);

        assertThat(ran).containsExactly(HALL_SCENE);
        Firing firing = engine.log("motion").get(0);
        assertThat(firing.cause()).isEqualTo("mqtt home/hall/motion");
        assertThat(firing.outcome()).isEqualTo("done");
        assertThat(firing.results()).containsExactly("ok");
        assertThat(firing.at()).isEqualTo(EVENING.toEpochMilli());
    }

    @Test
    void mqttTrigger_payloadOrFieldMismatch_doesNotFire() {
        engine.put(rule("exact", mqtt("home/hall/motion", "on", null, null), List.of(), HALL_SCENE));
        engine.put(rule("field", mqtt("zigbee/hall", null, "occupancy", "true"), List.of(), new Action.ApplyScene("other")));

        engine.onMqtt("home/hall/motion", "home/hall/motion", bytes("off"), EVENING);
        engine.onMqtt("zigbee/hall", "zigbee/hall", bytes("{\"occupancy\":false}"), EVENING);
        assertThat(ran).isEmpty();

        engine.onMqtt("zigbee/hall", "zigbee/hall", bytes("{\"occupancy\":true}"), EVENING);
        assertThat(ran).containsExactly(new Action.ApplyScene("other"));
    }

    @Test
    void mqttMessage_throughAnotherFilter_isLeftToThatFilter() {
        engine.put(rule("motion", mqtt("home/hall/motion", null, null, null), List.of(), HALL_SCENE));

        engine.onMqtt("home/#", "home/hall/motion", bytes("on"), EVENING);

        assertThat(ran).isEmpty();
    }

    @Test
    void disabledRule_neverFires() {
        engine.put(rule("motion", mqtt("home/hall/motion", null, null, null), List.of(), HALL_SCENE).withEnabled(false));

        engine.onMqtt("home/hall/motion", "home/hall/motion", bytes("on"), EVENING);

        assertThat(ran).isEmpty();
        assertThat(engine.topicFilters()).isEmpty();
    }

    @Test
    void buttonTrigger_firesOnlyForItsDeviceGestureAndButton() {
        engine.put(rule("lamp-double", new Trigger.Button("fiber-lamp", ButtonGesture.DOUBLE, 1), List.of(), HALL_SCENE));

        engine.onButton("fiber-lamp", new ButtonEvent(1, ButtonGesture.CLICK, 1, 0), EVENING);
        engine.onButton("pixel-grid", new ButtonEvent(1, ButtonGesture.DOUBLE, 2, 0), EVENING);
        engine.onButton("fiber-lamp", new ButtonEvent(2, ButtonGesture.DOUBLE, 3, 0), EVENING);
        assertThat(ran).isEmpty();

        engine.onButton("fiber-lamp", new ButtonEvent(1, ButtonGesture.DOUBLE, 4, 0), EVENING);
        assertThat(ran).hasSize(1);
    }

    @Test
    void connectivityTrigger_firesOnTheNamedTransition() {
        engine.put(rule("lamp-gone", new Trigger.Connectivity("fiber-lamp", false), List.of(), HALL_SCENE));

        engine.onConnectivity("fiber-lamp", true, EVENING);
        assertThat(ran).isEmpty();
        engine.onConnectivity("fiber-lamp", false, EVENING);
        assertThat(ran).hasSize(1);
    }

    @Test
    void timeOfDay_firesOnceWhenItsMinuteBegins() {
        engine.put(rule("wake", new Trigger.TimeOfDay(LocalTime.of(7, 30)), List.of(), HALL_SCENE));
        Instant before = Instant.parse("2026-12-04T07:29:59Z");

        engine.tick(before);
        engine.tick(before.plusSeconds(1));
        engine.tick(before.plusSeconds(2));
        engine.tick(before.plusSeconds(61));

        assertThat(ran).hasSize(1);
        assertThat(engine.log("wake").get(0).cause()).isEqualTo("time 07:30");
    }

    @Test
    void cron_firesForEveryMatchingMinute_includingMinutesSkippedBetweenTicks() {
        engine.put(rule("quarter", new Trigger.Cron(CronSchedule.parse("*/15 * * * *")), List.of(), HALL_SCENE));
        Instant start = Instant.parse("2026-12-04T09:59:30Z");

        engine.tick(start);
        engine.tick(start.plusSeconds(31 * 60)); // 10:30:30: 10:00, 10:15 and 10:30 have passed, more than the catch-up limit

        assertThat(ran).hasSize(1);
        engine.tick(Instant.parse("2026-12-04T10:44:10Z"));
        engine.tick(Instant.parse("2026-12-04T10:46:10Z"));
        assertThat(ran).hasSize(2);
    }

    @Test
    void firstTick_onlySetsTheClock() {
        engine.put(rule("every", new Trigger.Cron(CronSchedule.parse("* * * * *")), List.of(), HALL_SCENE));

        engine.tick(EVENING);

        assertThat(ran).isEmpty();
    }

    @Test
    void stateCondition_comparesTheReportedState() {
        Condition dim = new Condition.DeviceState("fiber-lamp", Condition.Property.BRIGHTNESS, Condition.Comparison.LT, "100");
        Condition off = new Condition.DeviceState("fiber-lamp", Condition.Property.POWER, Condition.Comparison.EQ, "false");
        engine.put(rule("dim", mqtt("home/hall/motion", null, null, null), List.of(dim, off), HALL_SCENE));

        engine.onMqtt("home/hall/motion", "home/hall/motion", bytes("on"), EVENING); // state unknown
        states.put("fiber-lamp", new DeviceState(false, 150, "solid", Map.of(), 0, null, null, null, null));
        engine.onMqtt("home/hall/motion", "home/hall/motion", bytes("on"), EVENING);
        assertThat(ran).isEmpty();

        states.put("fiber-lamp", new DeviceState(false, 60, "solid", Map.of(), 0, null, null, null, null));
        engine.onMqtt("home/hall/motion", "home/hall/motion", bytes("on"), EVENING);
        assertThat(ran).hasSize(1);
    }

    @Test
    void timeWindow_acrossMidnight_holdsAtNightOnly() {
        Condition night = new Condition.TimeWindow(LocalTime.of(22, 0), LocalTime.of(6, 0));
        engine.put(rule("night", mqtt("home/hall/motion", null, null, null), List.of(night), HALL_SCENE));

        engine.onMqtt("home/hall/motion", "home/hall/motion", bytes("on"), Instant.parse("2026-12-04T21:59:00Z"));
        engine.onMqtt("home/hall/motion", "home/hall/motion", bytes("on"), Instant.parse("2026-12-05T06:00:00Z"));
        assertThat(ran).isEmpty();
        engine.onMqtt("home/hall/motion", "home/hall/motion", bytes("on"), Instant.parse("2026-12-04T23:30:00Z"));
        engine.onMqtt("home/hall/motion", "home/hall/motion", bytes("on"), Instant.parse("2026-12-05T05:59:00Z"));
        assertThat(ran).hasSize(2);
    }

    @Test
    void failedAction_isLoggedWithItsReason_andTheOthersStillRun() {
        Action publish = new Action.Publish("home/log", "x", false);
        outcomes.put(HALL_SCENE, CompletableFuture.failedFuture(new IllegalStateException("scene 'hall' does not exist")));
        engine.put(rule("motion", mqtt("home/hall/motion", null, null, null), List.of(), HALL_SCENE, publish));

        engine.onMqtt("home/hall/motion", "home/hall/motion", bytes("on"), EVENING);

        assertThat(ran).containsExactly(HALL_SCENE, publish);
        Firing firing = engine.log("motion").get(0);
        assertThat(firing.outcome()).isEqualTo("failed");
        assertThat(firing.results()).containsExactly("failed: scene 'hall' does not exist", "ok");
    }

    @Test
    void pendingAction_isRunningUntilItSettles() {
        CompletableFuture<String> later = new CompletableFuture<>();
        outcomes.put(HALL_SCENE, later);
        engine.put(rule("motion", mqtt("home/hall/motion", null, null, null), List.of(), HALL_SCENE));

        engine.onMqtt("home/hall/motion", "home/hall/motion", bytes("on"), EVENING);
        assertThat(engine.log("motion").get(0).outcome()).isEqualTo("running");

        later.complete("lamp: applied");
        assertThat(engine.log("motion").get(0).outcome()).isEqualTo("done");
        assertThat(engine.log("motion").get(0).results()).containsExactly("lamp: applied");
    }

    @Test
    void log_keepsTheLastTwentyFirings_newestFirst() {
        engine.put(rule("motion", mqtt("home/hall/motion", null, null, null), List.of(), HALL_SCENE));

        for (int i = 0; i < 25; i++) {
            engine.onMqtt("home/hall/motion", "home/hall/motion", bytes("on"), EVENING.plusSeconds(i));
        }

        List<Firing> log = engine.log("motion");
        assertThat(log).hasSize(20);
        assertThat(log.get(0).at()).isEqualTo(EVENING.plusSeconds(24).toEpochMilli());
        assertThat(log.get(19).at()).isEqualTo(EVENING.plusSeconds(5).toEpochMilli());
    }
}
