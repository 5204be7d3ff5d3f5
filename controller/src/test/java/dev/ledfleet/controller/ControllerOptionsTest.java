package dev.ledfleet.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControllerOptionsTest {

    @Test
    void noFlags_giveTheDefaults() {
        ControllerOptions options = ControllerOptions.parse(new String[0]);

        assertThat(options.httpPort()).isEqualTo(8080);
        assertThat(options.mqttUrl()).isEqualTo("tcp://127.0.0.1:1883");
        assertThat(options.baseTopic()).isEqualTo("ledfleet");
        assertThat(options.demo()).isFalse();
    }

    @Test
    void flags_overrideTheConfigurationFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("controller.properties");
        Files.writeString(file, "http-port=9000\nbase-topic=home\nmqtt-user=controller\n");

        ControllerOptions options = ControllerOptions.parse(new String[] {"--config", file.toString(), "--http-port=9100"});

        assertThat(options.httpPort()).isEqualTo(9100);
        assertThat(options.baseTopic()).isEqualTo("home");
        assertThat(options.mqttUser()).isEqualTo("controller");
    }

    @Test
    void demo_pointsTheControllerAtItsOwnBroker() {
        ControllerOptions options = ControllerOptions.parse(new String[] {"--demo", "--mqtt-port", "1884"});

        assertThat(options.mqttUrl()).isEqualTo("tcp://127.0.0.1:1884");
        assertThat(options.httpHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void badPort_isRefusedNamingTheFlag() {
        assertThatThrownBy(() -> ControllerOptions.parse(new String[] {"--http-port", "http"}))
                .hasMessageContaining("--http-port").hasMessageContaining("http");
    }

    @Test
    void unknownSettingInFile_isRefusedNamingFileAndKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "http-prot=1\n");

        assertThatThrownBy(() -> ControllerOptions.parse(new String[] {"--config", file.toString()}))
                .hasMessageContaining("http-prot").hasMessageContaining(file.toString());
    }

    @Test
    void publicOrigin_isKeptWithoutTrailingSlash_andAPathIsRefused() {
        assertThat(ControllerOptions.parse(new String[] {"--public-origin", "https://lights.home.lan/"}).publicOrigin())
                .isEqualTo("https://lights.home.lan");
        assertThat(ControllerOptions.parse(new String[0]).publicOrigin()).isNull();
        assertThatThrownBy(() -> ControllerOptions.parse(new String[] {"--public-origin", "https://lights.home.lan/ui"}))
                .hasMessageContaining("--public-origin");
    }
}
