package dev.ledfleet.mqtt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the settings of the shipped broker config that security and latency depend on. */
class ShippedBrokerConfigTest {

    private static List<String> settings() throws IOException {
        return ShippedBrokerConfig.load().lines().stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    @Test
    void shippedConfig_refusesAnonymousClientsOnEveryListener() throws IOException {
        assertThat(settings()).contains("per_listener_settings false", "allow_anonymous false",
                "password_file /etc/mosquitto/ledfleet.passwd", "acl_file /etc/mosquitto/ledfleet.acl");
    }

    @Test
    void shippedConfig_keepsRetainedStateOnDisk() throws IOException {
        assertThat(settings()).contains("persistence true", "persistence_location /var/lib/mosquitto/");
    }

    @Test
    void shippedConfig_turnsNagleOff() throws IOException {
        assertThat(settings()).contains("set_tcp_nodelay true");
    }

    @Test
    void shippedConfig_plainListenerIsLoopbackOnly_tlsListenerUsesTls12() throws IOException {
        List<String> settings = settings();

        assertThat(settings).filteredOn(line -> line.startsWith("listener "))
                .containsExactly("listener 1883 127.0.0.1", "listener 8883");
        assertThat(settings.subList(settings.indexOf("listener 8883"), settings.size()))
                .contains("tls_version tlsv1.2", "cafile /etc/mosquitto/certs/ca.crt");
    }

    @Test
    void shippedConfig_websocketsListenerIsOnlyDocumented() throws IOException {
        assertThat(settings()).noneMatch(line -> line.contains("websockets"));
        assertThat(ShippedBrokerConfig.load().lines()).contains("#protocol websockets");
    }

    @Test
    void forTest_rewritesOnlyPortsPathsAndUser() throws IOException {
        Path tmp = Path.of("/tmp/t");
        TestCertificates certs = new TestCertificates(tmp.resolve("ca"), tmp.resolve("crt"), tmp.resolve("key"));

        String text = ShippedBrokerConfig.load().forTest(4000, 4001, tmp.resolve("pw"), tmp.resolve("acl"), tmp, certs);

        assertThat(text).contains("listener 4000 127.0.0.1\n", "listener 4001 127.0.0.1\n",
                "password_file /tmp/t/pw\n", "allow_anonymous false\n", "set_tcp_nodelay true\n");
        assertThat(text.lines().filter(line -> !line.startsWith("#"))).noneMatch(line -> line.contains("/etc/mosquitto"));
        assertThat(text.lines().count()).isEqualTo(ShippedBrokerConfig.load().lines().size());
    }

    @Test
    void shippedAcl_givesDevicesOnlyTheirOwnTopics() throws IOException {
        List<String> acl = Files.readAllLines(ShippedBrokerConfig.shippedAcl()).stream()
                .filter(line -> line.startsWith("pattern ")).toList();

        assertThat(acl).allMatch(line -> line.contains("/%u/") || line.equals("pattern read ledfleet/$clock"));
        assertThat(acl).noneMatch(line -> line.contains("#") && !line.contains("/%u/event/#"));
    }
}
