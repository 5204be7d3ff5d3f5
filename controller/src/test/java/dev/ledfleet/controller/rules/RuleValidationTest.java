package dev.ledfleet.controller.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledfleet.controller.fleet.FleetException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleValidationTest {

    static final KnownNames KNOWN = new KnownNames() {
        public boolean hasDevice(String id) {
            return Set.of("fiber-lamp", "pixel-grid").contains(id);
        }

        public boolean hasGroup(String name) {
            return name.equals("living-room");
        }

        public boolean hasScene(String name) {
            return name.equals("movie");
        }

        public boolean hasPreset(String name) {
            return name.equals("cosy");
        }
    };

    final TestPatches patches = new TestPatches();
    final RuleFormat format = new RuleFormat(patches);
    final RuleValidator validator = new RuleValidator(KNOWN, Set.of("ledfleet/+/state"));

    static final String TRIGGER = "\"trigger\":{\"type\":\"mqtt\",\"topic\":\"home/hall/motion\"}";
    static final String ACTIONS = "\"actions\":[{\"type\":\"scene\",\"scene\":\"movie\"}]";

    Rule check(String json) {
        Rule rule = format.read(patches.plain(json), null);
        validator.check(rule);
        return rule;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no actions          | {"id":"r",TRIGGER,"actions":[]}                                                     | actions                | at least one action
            no trigger          | {"id":"r",ACTIONS}                                                                  | trigger                | is required
            bad id              | {"id":"Hall Motion",TRIGGER,ACTIONS}                                                | id                     | must match
            unknown trigger     | {"id":"r","trigger":{"type":"sunset"},ACTIONS}                                      | trigger.type           | unknown trigger type
            bad topic filter    | {"id":"r","trigger":{"type":"mqtt","topic":"home/#/x"},ACTIONS}                     | trigger.topic          | must be a whole level
            reserved filter     | {"id":"r","trigger":{"type":"mqtt","topic":"ledfleet/+/state"},ACTIONS}             | trigger.topic          | the controller itself listens
            payload and field   | {"id":"r","trigger":{"type":"mqtt","topic":"a","payload":"on","field":"x","value":"1"},ACTIONS} | trigger.field | not both
            field without value | {"id":"r","trigger":{"type":"mqtt","topic":"a","field":"x"},ACTIONS}                | trigger.value          | go together
            bad cron            | {"id":"r","trigger":{"type":"cron","cron":"61 * * * *"},ACTIONS}                    | trigger.cron           | minute field: value 61
            bad time            | {"id":"r","trigger":{"type":"time","at":"25:00"},ACTIONS}                           | trigger.at             | time of day like 07:30
            unknown gesture     | {"id":"r","trigger":{"type":"button","device":"fiber-lamp","gesture":"tap"},ACTIONS} | trigger.gesture       | must be click
            button of unknown   | {"id":"r","trigger":{"type":"button","device":"attic","gesture":"click"},ACTIONS}   | trigger.device         | no device 
            bad status          | {"id":"r","trigger":{"type":"connectivity","device":"fiber-lamp","status":"gone"},ACTIONS} | trigger.status  | online
            unknown scene       | {"id":"r",TRIGGER,"actions":[{"type":"scene","scene":"party"}]}                     | actions[0].scene       | no scene named 
            unknown preset      | {"id":"r",TRIGGER,"actions":[{"type":"preset","preset":"party","device":"fiber-lamp"}]} | actions[0].preset  | no preset named 
            unknown group       | {"id":"r",TRIGGER,"actions":[{"type":"set","group":"attic","state":{"power":true}}]} | actions[0].group      | no group named 
            unknown device      | {"id":"r",TRIGGER,"actions":[{"type":"set","device":"attic","state":{"power":true}}]} | actions[0].device    | no device 
            device and group    | {"id":"r",TRIGGER,"actions":[{"type":"set","device":"fiber-lamp","group":"living-room","state":{"power":true}}]} | actions[0] | exactly one
            bad patch           | {"id":"r",TRIGGER,"actions":[{"type":"set","device":"fiber-lamp","state":{"brightness":999}}]} | actions[0].state.brightness | 255
            empty patch         | {"id":"r",TRIGGER,"actions":[{"type":"set","device":"fiber-lamp","state":{}}]}      | actions[0].state       | empty
            publish wildcard    | {"id":"r",TRIGGER,"actions":[{"type":"publish","topic":"a/#","payload":"x"}]}       | actions[0].topic       | must not contain
            unknown action      | {"id":"r",TRIGGER,"actions":[{"type":"reboot"}]}                                    | actions[0].type        | unknown action type
            ordering on power   | {"id":"r",TRIGGER,ACTIONS,"conditions":[{"type":"state","device":"fiber-lamp","property":"power","op":">","value":"true"}]} | conditions[0].op | only brightness
            bad brightness      | {"id":"r",TRIGGER,ACTIONS,"conditions":[{"type":"state","device":"fiber-lamp","property":"brightness","op":">","value":"dim"}]} | conditions[0].value | whole number
            condition unknown   | {"id":"r",TRIGGER,ACTIONS,"conditions":[{"type":"state","device":"attic","property":"power","value":"true"}]} | conditions[0].device | no device 
            empty window        | {"id":"r",TRIGGER,ACTIONS,"conditions":[{"type":"time-window","from":"10:00","to":"10:00"}]} | conditions[0] | is empty
            """)
    void invalidRule_isRefused_withFieldAndReason(String name, String json, String field, String reason) {
        String full = json.replace("TRIGGER", TRIGGER).replace("ACTIONS", ACTIONS);
        assertThatThrownBy(() -> check(full))
                .isInstanceOfSatisfying(FleetException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FleetException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo(field);
                })
                .hasMessageContaining(reason);
    }

    @Test
    void validRule_roundTripsThroughTheStoredShape() {
        Rule rule = check("""
                {"id":"hall-night","name":"Hall at night","trigger":{"type":"mqtt","topic":"home/hall/motion","field":"occupancy","value":"true"},
                 "conditions":[{"type":"time-window","from":"22:00","to":"06:00"},
                               {"type":"state","device":"fiber-lamp","property":"brightness","op":"<","value":"100"}],
                 "actions":[{"type":"scene","scene":"movie"},{"type":"set","group":"living-room","state":{"power":true,"brightness":40}},
                            {"type":"preset","preset":"cosy","device":"pixel-grid"},{"type":"publish","topic":"home/log","payload":"hall","retained":true}]}
                """);

        Rule again = format.read(format.write(rule), null);

        assertThat(again).isEqualTo(rule);
        assertThat(rule.conditions()).hasSize(2);
        assertThat(rule.actions()).hasSize(4);
        assertThat(((Trigger.Mqtt) rule.trigger()).field()).isEqualTo("occupancy");
    }

    @Test
    void cronAndTimeTriggers_areReadBack() {
        Rule cron = check("{\"id\":\"c\",\"trigger\":{\"type\":\"cron\",\"cron\":\"*/15 8-18 * * mon-fri\"}," + ACTIONS + "}");
        Rule time = check("{\"id\":\"t\",\"enabled\":false,\"trigger\":{\"type\":\"time\",\"at\":\"07:30\"}," + ACTIONS + "}");

        assertThat(format.read(format.write(cron), null)).isEqualTo(cron);
        assertThat(format.read(format.write(time), null)).isEqualTo(time);
        assertThat(time.enabled()).isFalse();
    }
}
