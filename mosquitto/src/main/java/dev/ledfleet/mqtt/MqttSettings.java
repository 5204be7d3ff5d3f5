package dev.ledfleet.mqtt;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the broker: {@code tcp://host:port} or {@code ssl://host:port}, the client id, and
 * optionally credentials, a CA file for TLS and a last will.
 */
public record MqttSettings(
        String serverUri,
        String clientId,
        String username,
        char[] password,
        Path caFile,
        Will will,
        int keepAliveSeconds,
        int maxInflight,
        Duration minBackoff,
        Duration maxBackoff) {

    /** A message the broker publishes for this client when it vanishes without saying goodbye. */
    public record Will(String topic, byte[] payload, int qos, boolean retained) {
    }

    public MqttSettings {
        Objects.requireNonNull(serverUri, "serverUri");
        Objects.requireNonNull(clientId, "clientId");
        if (!serverUri.startsWith("tcp://") && !serverUri.startsWith("ssl://")) {
            throw new IllegalArgumentException("MQTT URL must start with tcp:// or ssl://, got " + serverUri);
        }
    }

    public static MqttSettings of(String serverUri, String clientId) {
        return new MqttSettings(serverUri, clientId, null, null, null, null, 30, 1000,
                Duration.ofMillis(250), Duration.ofSeconds(30));
    }

    public MqttSettings withCredentials(String newUsername, char[] newPassword) {
        return new MqttSettings(serverUri, clientId, newUsername, newPassword, caFile, will, keepAliveSeconds,
                maxInflight, minBackoff, maxBackoff);
    }

    public MqttSettings withCaFile(Path newCaFile) {
        return new MqttSettings(serverUri, clientId, username, password, newCaFile, will, keepAliveSeconds,
                maxInflight, minBackoff, maxBackoff);
    }

    public MqttSettings withWill(Will newWill) {
        return new MqttSettings(serverUri, clientId, username, password, caFile, newWill, keepAliveSeconds,
                maxInflight, minBackoff, maxBackoff);
    }

    public MqttSettings withKeepAlive(int seconds) {
        return new MqttSettings(serverUri, clientId, username, password, caFile, will, seconds,
                maxInflight, minBackoff, maxBackoff);
    }

    public MqttSettings withMaxInflight(int newMaxInflight) {
        return new MqttSettings(serverUri, clientId, username, password, caFile, will, keepAliveSeconds,
                newMaxInflight, minBackoff, maxBackoff);
    }

    public MqttSettings withBackoff(Duration min, Duration max) {
        return new MqttSettings(serverUri, clientId, username, password, caFile, will, keepAliveSeconds,
                maxInflight, min, max);
    }

    @Override
    public String toString() {
        return "MqttSettings[" + serverUri + ", clientId=" + clientId + ", user=" + username
                + ", tls=" + serverUri.startsWith("ssl://") + "]";
    }
}
