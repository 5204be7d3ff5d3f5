package dev.ledfleet.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledfleet.agent.button.ButtonPin;
import dev.ledfleet.agent.output.OutputSpec;
import dev.ledfleet.mqtt.MqttSettings;
import dev.ledfleet.protocol.message.DeviceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentConfigTest {

    private static Map<String, String> minimal() {
        return new HashMap<>(Map.of("id", "kitchen-lamp", "layout", "strip:30", "output", "virtual",
                "mqtt-url", "tcp://broker.lan:1883"));
    }

    @Test
    void fromOptions_minimal_fillsTheDefaults() {
        AgentConfig config = AgentConfig.fromOptions(minimal());

        assertThat(config.name()).isEqualTo("kitchen-lamp");
        assertThat(config.kind()).isEqualTo(DeviceKind.STRIP);
        assertThat(config.fps()).isEqualTo(60);
        assertThat(config.powerBudgetMa()).isZero();
        assertThat(config.baseTopic()).isEqualTo("ledfleet");
        assertThat(config.buttonPin()).isNull();
        assertThat(config.deviceStateDir()).isEqualTo(Path.of("/var/lib/ledfleet/kitchen-lamp"));
    }

    @Test
    void fromOptions_everything_isRead() {
        Map<String, String> options = minimal();
        options.putAll(Map.of("kind", "lamp", "output", "ws2812-spi:/dev/spidev0.0", "button-pin", "27",
                "button-long-ms", "900", "fps", "50", "power-budget-ma", "2000", "base-topic", "home/leds",
                "state-dir", "/tmp/s"));

        AgentConfig config = AgentConfig.fromOptions(options);

        assertThat(config.kind()).isEqualTo(DeviceKind.LAMP);
        assertThat(config.output()).isInstanceOf(OutputSpec.Ws2812Spi.class);
        assertThat(config.buttonPin()).isEqualTo(ButtonPin.parse("27"));
        assertThat(config.buttonTimings().longMs()).isEqualTo(900);
        assertThat(config.fps()).isEqualTo(50);
        assertThat(config.powerBudgetMa()).isEqualTo(2000);
        assertThat(config.topics().status(config.id())).isEqualTo("home/leds/kitchen-lamp/status");
    }

    @Test
    void fromOptions_missingId_namesIt() {
        Map<String, String> options = minimal();
        options.remove("id");
        assertThatThrownBy(() -> AgentConfig.fromOptions(options)).hasMessageContaining("'id' is required");
    }

    @Test
    void fromOptions_badValue_namesTheOptionAndTheProblem() {
        Map<String, String> options = minimal();
        options.put("id", "Kitchen/Lamp");
        assertThatThrownBy(() -> AgentConfig.fromOptions(options)).hasMessageContaining("option 'id'")
                .hasMessageContaining("'/'");
    }

    @Test
    void fromOptions_unknownOption_isRejected() {
        Map<String, String> options = minimal();
        options.put("colour", "red");
        assertThatThrownBy(() -> AgentConfig.fromOptions(options)).hasMessageContaining("unknown option 'colour'");
    }

    @Test
    void mqttSettings_carryClientIdCredentialsAndRetainedOfflineWill(@TempDir Path dir) throws Exception {
        Path passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, "s3cret\n");
        Map<String, String> options = minimal();
        options.putAll(Map.of("mqtt-user", "lamp", "mqtt-password-file", passwordFile.toString()));

        MqttSettings settings = Agent.mqttSettings(AgentConfig.fromOptions(options));

        assertThat(settings.clientId()).isEqualTo("ledfleet-agent-kitchen-lamp");
        assertThat(settings.username()).isEqualTo("lamp");
        assertThat(new String(settings.password())).isEqualTo("s3cret");
        assertThat(settings.will().topic()).isEqualTo("ledfleet/kitchen-lamp/status");
        assertThat(new String(settings.will().payload())).isEqualTo("offline");
        assertThat(settings.will().retained()).isTrue();
    }
}
