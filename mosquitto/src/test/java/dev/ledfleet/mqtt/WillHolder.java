package dev.ledfleet.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * A separate process for {@link MqttLinkIT}: connects with a retained {@code offline} last will,
 * publishes {@code online}, says {@code ready} and waits to be killed.
 */
public final class WillHolder {

    private WillHolder() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String clientId = args[1];
        String topic = args[2];
        MqttLink link = new MqttLink(MqttSettings.of(url, clientId)
                .withKeepAlive(60)
                .withWill(new MqttSettings.Will(topic, "offline".getBytes(StandardCharsets.UTF_8), 1, true)));
        link.start();
        link.firstConnection().get(10, TimeUnit.SECONDS);
        link.publish(topic, "online".getBytes(StandardCharsets.UTF_8), 1, true).get(10, TimeUnit.SECONDS);
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
