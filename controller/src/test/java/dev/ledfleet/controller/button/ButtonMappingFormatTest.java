package dev.ledfleet.controller.button;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.controller.rules.KnownNames;
import dev.ledfleet.protocol.message.ButtonGesture;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ButtonMappingFormatTest {

    static final KnownNames KNOWN = new KnownNames() {
        public boolean hasDevice(String id) {
            return id.equals("pixel-grid");
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

    final ButtonMappingFormat format = new ButtonMappingFormat();
    final ObjectMapper mapper = new ObjectMapper();

    Object plain(String json) throws Exception {
        return mapper.readValue(json, Object.class);
    }

    @Test
    void read_bindingsWithTargets_andWriteShowsEveryGesture() throws Exception {
        ButtonMapping mapping = format.read(plain("""
                {"gestures":{"click":{"action":"next-favourite","device":"pixel-grid"},
                             "double":{"action":"scene","scene":"movie"},
                             "hold":{"action":"brightness-ramp","step":16,"group":"living-room"}}}"""), KNOWN);

        assertThat(mapping.binding(ButtonGesture.CLICK)).isEqualTo(new ButtonBinding(new ButtonAction.NextFavourite(), "pixel-grid", null));
        assertThat(mapping.binding(ButtonGesture.HOLD)).isEqualTo(new ButtonBinding(new ButtonAction.BrightnessRamp(16), null, "living-room"));
        Map<String, Object> written = format.write(mapping);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> gestures = (Map<String, Map<String, Object>>) written.get("gestures");
        assertThat(gestures).containsOnlyKeys("click", "double", "long", "hold");
        assertThat(gestures.get("long")).containsEntry("action", "power-toggle").containsEntry("default", true);
        assertThat(gestures.get("click")).containsEntry("default", false).containsEntry("device", "pixel-grid");
        assertThat(format.read(format.writeStored(mapping), KNOWN)).isEqualTo(mapping);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown gesture | {"gestures":{"triple":{"action":"power-toggle"}}}                           | gestures.triple          | not a mappable gesture
            release         | {"gestures":{"release":{"action":"power-toggle"}}}                          | gestures.release         | not a mappable gesture
            unknown action  | {"gestures":{"click":{"action":"explode"}}}                                 | gestures.click.action    | unknown action
            unknown device  | {"gestures":{"click":{"action":"power-toggle","device":"attic"}}}           | gestures.click.device    | no device
            unknown group   | {"gestures":{"click":{"action":"power-toggle","group":"attic"}}}            | gestures.click.group     | no group
            unknown scene   | {"gestures":{"click":{"action":"scene","scene":"party"}}}                   | gestures.click.scene     | no scene
            unknown preset  | {"gestures":{"click":{"action":"preset","preset":"party"}}}                 | gestures.click.preset    | no preset
            both targets    | {"gestures":{"click":{"action":"power-toggle","device":"pixel-grid","group":"living-room"}}} | gestures.click.group | at most one
            bad step        | {"gestures":{"hold":{"action":"brightness-ramp","step":0}}}                 | gestures.hold.step       | 1-255
            """)
    void read_invalid_isRefusedWithTheField(String name, String json, String field, String reason) {
        assertThatThrownBy(() -> format.read(plain(json), KNOWN))
                .isInstanceOfSatisfying(FleetException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(reason);
    }
}
