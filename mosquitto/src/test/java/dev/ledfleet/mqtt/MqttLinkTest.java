package dev.ledfleet.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MqttLinkTest {

    @Test
    void sockets_haveNagleTurnedOff() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket socket = new NoDelaySocketFactory().createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertThat(socket.getTcpNoDelay()).isTrue();
        }
    }

    @Test
    void tlsSockets_haveNagleTurnedOff() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket socket = NoDelaySslSocketFactory.trusting(null)
                     .createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertThat(socket.getTcpNoDelay()).isTrue();
        }
    }

    @Test
    void link_connectsThroughTheNoDelayFactory() {
        try (MqttLink link = new MqttLink(MqttSettings.of("tcp://127.0.0.1:1", "factory-check"))) {
            assertThat(link.socketFactory()).isInstanceOf(NoDelaySocketFactory.class);
        }
    }

    @Test
    void backoff_growsExponentially_andIsCapped() {
        try (MqttLink link = new MqttLink(MqttSettings.of("tcp://127.0.0.1:1", "backoff-check")
                .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(5)))) {
            assertThat(link.backoffMillis(0)).isBetween(80L, 120L);
            assertThat(link.backoffMillis(3)).isBetween(640L, 960L);
            assertThat(link.backoffMillis(30)).isBetween(4000L, 6000L);
        }
    }

    @Test
    void settings_rejectUrlsWithoutScheme() {
        assertThatThrownBy(() -> MqttSettings.of("localhost:1883", "x"))
                .hasMessageContaining("tcp:// or ssl://");
    }
}
