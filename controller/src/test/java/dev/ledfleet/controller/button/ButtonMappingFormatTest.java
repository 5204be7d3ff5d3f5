package dev.ledfleet.controller.button;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.controller.rules.KnownNames;
import dev.ledfleet.protocol.message.ButtonGesture;
import java.util.List;
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
    void read_theWebUisShape_andWriteShowsEveryGestureOfEveryButton() throws Exception {
        ButtonMapping mapping = format.read(plain("""
                {"mappings":[{"button":1,"gesture":"click","action":{"type":"next-favourite"},"target":{"device":"pixel-grid"}},
                             {"button":1,"gesture":"double","action":{"type":"scene","scene":"movie"}},
                             {"button":1,"gesture":"long","action":{"type":"power-toggle"}},
                             {"button":2,"gesture":"hold","action":{"type":"brightness-ramp","step":16},"target":{"group":"living-room"}}]}"""), KNOWN);

        assertThat(mapping.binding(1, ButtonGesture.CLICK)).isEqualTo(new ButtonBinding(new ButtonAction.NextFavourite(), "pixel-grid", null));
        assertThat(mapping.binding(2, ButtonGesture.HOLD)).isEqualTo(new ButtonBinding(new ButtonAction.BrightnessRamp(16), null, "living-room"));
        assertThat(mapping.bindings()).hasSize(3);
        Map<String, Object> written = format.write(mapping, 2);
        assertThat(written).containsEntry("default", false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) written.get("mappings");
        assertThat(entries).hasSize(8);
        assertThat(entries.get(0)).isEqualTo(Map.of("button", 1, "gesture", "click", "action", Map.of("type", "next-favourite"),
                "target", Map.of("device", "pixel-grid")));
        assertThat(entries.get(2)).isEqualTo(Map.of("button", 1, "gesture", "long", "action", Map.of("type", "power-toggle")));
        assertThat(format.read(format.writeStored(mapping), KNOWN)).isEqualTo(mapping);
    }

    @Test
    void defaultsSentBack_areTheDefaultMapping() throws Exception {
        Object defaults = format.write(ButtonMapping.DEFAULT, 1);

        ButtonMapping again = format.read(defaults, KNOWN);

        assertThat(again.isDefault()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown gesture | {"mappings":[{"gesture":"triple","action":{"type":"power-toggle"}}]}                    | mappings[0].gesture        | not a mappable gesture
            release         | {"mappings":[{"gesture":"release","action":{"type":"power-toggle"}}]}                   | mappings[0].gesture        | not a mappable gesture
            button zero     | {"mappings":[{"button":0,"gesture":"click","action":{"type":"power-toggle"}}]}          | mappings[0].button         | numbered from 1
            no action       | {"mappings":[{"gesture":"click"}]}                                                      | mappings[0].action         | is required
            unknown action  | {"mappings":[{"gesture":"click","action":{"type":"explode"}}]}                          | mappings[0].action.type    | unknown action
            unknown device  | {"mappings":[{"gesture":"click","action":{"type":"power-toggle"},"target":{"device":"attic"}}]} | mappings[0].target.device | no device
            unknown group   | {"mappings":[{"gesture":"click","action":{"type":"power-toggle"},"target":{"group":"attic"}}]}  | mappings[0].target.group  | no group
            unknown scene   | {"mappings":[{"gesture":"click","action":{"type":"scene","scene":"party"}}]}            | mappings[0].action.scene   | no scene
            unknown preset  | {"mappings":[{"gesture":"click","action":{"type":"preset","preset":"party"}}]}          | mappings[0].action.preset  | no preset
            empty preset    | {"mappings":[{"gesture":"click","action":{"type":"preset","preset":""}}]}               | mappings[0].action.preset  | is required
            both targets    | {"mappings":[{"gesture":"click","action":{"type":"power-toggle"},"target":{"device":"pixel-grid","group":"living-room"}}]} | mappings[0].target | exactly one
            scene target    | {"mappings":[{"gesture":"click","action":{"type":"scene","scene":"movie"},"target":{"group":"living-room"}}]} | mappings[0].target | has no target
            bad step        | {"mappings":[{"gesture":"hold","action":{"type":"brightness-ramp","step":0}}]}          | mappings[0].action.step    | 1-255
            twice           | {"mappings":[{"gesture":"hold","action":{"type":"none"}},{"gesture":"hold","action":{"type":"none"}}]} | mappings[1] | mapped twice
            """)
    void read_invalid_isRefusedWithTheField(String name, String json, String field, String reason) {
        assertThatThrownBy(() -> format.read(plain(json), KNOWN))
                .isInstanceOfSatisfying(FleetException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(reason);
    }
}
