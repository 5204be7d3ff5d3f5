package dev.ledfleet.controller.automation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.controller.button.ButtonMappings;
import dev.ledfleet.controller.fleet.CommandRecord;
import dev.ledfleet.controller.fleet.CommandSource;
import dev.ledfleet.controller.fleet.DeviceLink;
import dev.ledfleet.controller.fleet.Fleet;
import dev.ledfleet.controller.fleet.Scheduler;
import dev.ledfleet.controller.fleet.SetupSnapshot;
import dev.ledfleet.controller.homeassistant.HaBridge;
import dev.ledfleet.controller.homeassistant.HaDiscovery;
import dev.ledfleet.controller.homeassistant.HaTopics;
import dev.ledfleet.controller.homeassistant.HaTranslation;
import dev.ledfleet.controller.rules.RuleEngine;
import dev.ledfleet.controller.rules.RuleFormat;
import dev.ledfleet.controller.rules.RuleStore;
import dev.ledfleet.controller.rules.RuleValidator;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.Topics;
import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.message.ButtonEvent;
import dev.ledfleet.protocol.message.ButtonGesture;
import dev.ledfleet.protocol.message.DeviceInfo;
import dev.ledfleet.protocol.message.DeviceKind;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.DeviceStatus;
import dev.ledfleet.protocol.message.FavouriteList;
import dev.ledfleet.protocol.message.FrameRequest;
import dev.ledfleet.protocol.message.LayoutInfo;
import dev.ledfleet.protocol.message.MessageCodec;
import dev.ledfleet.protocol.message.SetCommand;
import dev.ledfleet.protocol.message.Wiring;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** Automation on a real fleet (plain Java, time pinned): what reaches the devices and the rules. */
class AutomationTest {

    static final DeviceId LAMP = DeviceId.of("fiber-lamp");

    /** A clock that moves only when told to; scheduled tasks are dropped (command time-outs do not matter here). */
    static final class StillClock extends Clock implements Scheduler {
        long now = Instant.parse("2026-12-04T21:00:00Z").toEpochMilli();

        public long millis() {
            return now;
        }

        public Instant instant() {
            return Instant.ofEpochMilli(now);
        }

        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(ZoneId zone) {
            return this;
        }

        public Cancellable schedule(long delayMs, Runnable task) {
            return () -> { };
        }
    }

    final StillClock clock = new StillClock();
    final List<SetCommand> sent = new ArrayList<>();
    final List<String> published = new ArrayList<>();
    final Fleet fleet = new Fleet(clock, clock, new DeviceLink() {
        public void sendSet(DeviceId device, SetCommand command) {
            sent.add(command);
        }

        public void sendFavourites(DeviceId device, FavouriteList favourites) {
        }

        public void requestFrames(DeviceId device, FrameRequest request) {
        }

        public void clearRetained(DeviceId device) {
        }
    }, SetupSnapshot.EMPTY, snapshot -> CompletableFuture.completedFuture(null));
    final JsonBridge json = new JsonBridge(MessageCodec.standard());
    final FleetNames names = new FleetNames(fleet);
    final RuleEngine engine = new RuleEngine(new RuleInputsOf(fleet, json), new FleetRuleActions(fleet,
            (topic, payload, retained) -> {
                published.add(topic + " " + new String(payload, StandardCharsets.UTF_8));
                return CompletableFuture.completedFuture(null);
            }), ZoneOffset.UTC);
    final HaTopics haTopics = new HaTopics("homeassistant", Topics.standard());
    final HaTranslation translation = new HaTranslation(EffectCatalog.standard());
    final Automation automation = new Automation(fleet, new ButtonMappings(fleet.setup()),
            new RuleStore(fleet.setup(), engine, new RuleFormat(json), new RuleValidator(names, Set.of())),
            new HaBridge(new HaDiscovery(haTopics, translation), translation, haTopics, (topic, payload, retained) -> { }));

    AutomationTest() {
        fleet.addListener(automation::onFleetEvent);
        fleet.onStatus(LAMP, DeviceStatus.ONLINE);
        fleet.onInfo(LAMP, new DeviceInfo("fiber-lamp", "Fiber lamp", DeviceKind.LAMP, new LayoutInfo(24, 24, 1, Wiring.PROGRESSIVE),
                "virtual", 60, "0.1.0", EffectCatalog.standard().ids(), 1, 1L));
        fleet.onState(LAMP, new DeviceState(true, 100, "solid", Map.of(), 0, null, null, null, null));
    }

    Object plain(String text) {
        return json.plain(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void buttonEvent_becomesAButtonCommand_andTheSameEventTwiceActsOnce_butARestartedAgentIsHeard() {
        ButtonEvent longPress = new ButtonEvent(1, ButtonGesture.LONG, 7, 0);

        fleet.onButton(LAMP, longPress);
        fleet.onButton(LAMP, longPress);

        assertThat(sent).hasSize(1);
        fleet.onButton(LAMP, new ButtonEvent(1, ButtonGesture.LONG, 7, 5_000)); // the agent restarted: same seq, later
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).power().wireValue()).isEqualTo(false);
        assertThat(fleet.commands(LAMP)).extracting(CommandRecord::source).containsOnly(CommandSource.BUTTON).hasSize(2);
    }

    @Test
    void buttonMappedToAPresetOnAGroup_sendsThePresetToEveryMember_asButtonCommandsStartingTogether() {
        DeviceId grid = DeviceId.of("pixel-grid");
        fleet.onStatus(grid, DeviceStatus.ONLINE);
        fleet.setup().putGroup(new dev.ledfleet.controller.fleet.Group("downstairs", List.of("fiber-lamp", "pixel-grid")));
        fleet.setup().putPreset(new dev.ledfleet.controller.fleet.Preset("cosy",
                new SetCommand(null, null, 60, "sparkle", Map.of("color", "#ffb060"), null, null, null)));
        automation.buttons().put("fiber-lamp", plain("""
                {"mappings":[{"gesture":"double","action":{"type":"preset","preset":"cosy"},"target":{"group":"downstairs"}}]}"""), names);

        fleet.onButton(LAMP, new ButtonEvent(1, ButtonGesture.DOUBLE, 1, 0));

        assertThat(sent).hasSize(2).allSatisfy(patch -> {
            assertThat(patch.effect()).isEqualTo("sparkle");
            assertThat(patch.startAt()).isEqualTo(clock.now + dev.ledfleet.controller.fleet.FanOut.START_DELAY_MS);
        });
        assertThat(fleet.commands(grid)).extracting(CommandRecord::source).containsExactly(CommandSource.BUTTON);
    }

    @Test
    void connectivityRule_firesOnRealChanges_notWhenADeviceFirstAppears() {
        automation.rules().create(plain("""
                {"id":"lamp-gone","trigger":{"type":"connectivity","device":"fiber-lamp","status":"offline"},
                 "actions":[{"type":"publish","topic":"home/alerts","payload":"lamp offline"}]}"""));
        automation.rules().create(plain("""
                {"id":"lamp-back","trigger":{"type":"connectivity","device":"fiber-lamp","status":"online"},
                 "actions":[{"type":"publish","topic":"home/alerts","payload":"lamp online"}]}"""));

        fleet.onStatus(LAMP, DeviceStatus.OFFLINE);
        fleet.onStatus(LAMP, DeviceStatus.ONLINE);
        fleet.onStatus(DeviceId.of("pixel-grid"), DeviceStatus.ONLINE);

        assertThat(published).containsExactly("home/alerts lamp offline", "home/alerts lamp online");
    }

    @Test
    void ruleMessage_repeatedByTheBrokerAtOnce_firesOnce_butARepeatLaterFiresAgain() {
        automation.rules().create(plain("""
                {"id":"motion","trigger":{"type":"mqtt","topic":"home/hall/motion"},
                 "actions":[{"type":"set","device":"fiber-lamp","state":{"brightness":30}}]}"""));
        byte[] on = "on".getBytes(StandardCharsets.UTF_8);

        automation.onRuleMessage("home/hall/motion", "home/hall/motion", on);
        automation.onRuleMessage("home/hall/motion", "home/hall/motion", on);
        clock.now += Automation.DUPLICATE_WINDOW_MS;
        automation.onRuleMessage("home/hall/motion", "home/hall/motion", on);

        assertThat(sent).hasSize(2).allSatisfy(patch -> assertThat(patch.brightness()).isEqualTo(30));
        assertThat(fleet.commands(LAMP)).allSatisfy(c -> assertThat(c.source()).isEqualTo(CommandSource.RULE));
        assertThat(automation.engine().log("motion")).hasSize(2);
    }

    @Test
    void rulesAndMappings_areKeptInTheStoredConfiguration() {
        automation.rules().create(plain("""
                {"name":"Wake up","trigger":{"type":"time","at":"07:30"},"actions":[{"type":"set","device":"fiber-lamp","state":{"power":true}}]}"""));
        automation.buttons().put("fiber-lamp", plain("{\"mappings\":[{\"gesture\":\"click\",\"action\":{\"type\":\"none\"}}]}"), names);

        SetupSnapshot stored = fleet.setup().snapshot();

        assertThat(stored.extras().get("rules")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(1);
        assertThat(((Map<?, ?>) ((List<?>) stored.extras().get("rules")).get(0)).get("id")).isEqualTo("wake-up");
        assertThat(stored.extras().get("buttons")).asInstanceOf(InstanceOfAssertFactories.MAP).containsKey("fiber-lamp");
    }
}
