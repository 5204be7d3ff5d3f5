package dev.ledfleet.controller.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.protocol.message.MessageCodec;
import dev.ledfleet.protocol.message.PowerChange;
import dev.ledfleet.protocol.message.SetCommand;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonBridgeTest {

    final JsonBridge json = new JsonBridge(MessageCodec.standard());

    @ParameterizedTest(name = "{1} of {0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            {"occupancy":true}                    | occupancy      | true
            {"occupancy":false,"battery":97}      | battery        | 97
            {"sensor":{"state":"on"}}             | sensor.state   | on
            {"zones":[{"name":"hall"}]}           | zones.0.name   | hall
            {"sensor":{"state":"on"}}             | sensor         | NONE
            {"occupancy":null}                    | occupancy      | NONE
            {"occupancy":true}                    | motion         | NONE
            on                                    | occupancy      | NONE
            """)
    void field_readsTheValueAtADotPath_asText(String payload, String path, String expected) {
        assertThat(json.field(payload.getBytes(StandardCharsets.UTF_8), path).orElse(null)).isEqualTo(expected);
    }

    @Test
    void read_patch_isCheckedByTheProtocolCodec_andRoundTrips() {
        SetCommand patch = json.read(Map.of("power", "toggle", "brightness", 40), "actions[0].state");

        assertThat(patch.power()).isEqualTo(PowerChange.TOGGLE);
        assertThat(json.read(json.write(patch), "state")).isEqualTo(patch);
        assertThatThrownBy(() -> json.read(Map.of("brightness", 300), "actions[0].state"))
                .isInstanceOfSatisfying(FleetException.class, e -> assertThat(e.field()).isEqualTo("actions[0].state.brightness"));
        assertThatThrownBy(() -> json.read("on", "actions[0].state"))
                .isInstanceOfSatisfying(FleetException.class, e -> assertThat(e.field()).isEqualTo("actions[0].state"));
    }
}
