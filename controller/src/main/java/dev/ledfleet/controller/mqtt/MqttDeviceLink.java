package dev.ledfleet.controller.mqtt;

import dev.ledfleet.controller.fleet.DeviceLink;
import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.DeviceTopic;
import dev.ledfleet.protocol.Topics;
import dev.ledfleet.protocol.message.FavouriteList;
import dev.ledfleet.protocol.message.FrameRequest;
import dev.ledfleet.protocol.message.MessageCodec;
import dev.ledfleet.protocol.message.SetCommand;

/**
 * Publishes what the fleet sends to devices. A failed publish is only logged: the command it
 * carried then times out, and the desired state is re-sent when the device is seen again.
 */
public final class MqttDeviceLink implements DeviceLink {

    private static final System.Logger LOG = System.getLogger(MqttDeviceLink.class.getName());
    private static final byte[] CLEAR = new byte[0];

    private final MqttLink link;
    private final Topics topics;
    private final MessageCodec codec;

    public MqttDeviceLink(MqttLink link, Topics topics, MessageCodec codec) {
        this.link = link;
        this.topics = topics;
        this.codec = codec;
    }

    @Override
    public void sendSet(DeviceId device, SetCommand command) {
        publish(topics.set(device), codec.encode(command), 1, false);
    }

    @Override
    public void sendFavourites(DeviceId device, FavouriteList favourites) {
        publish(topics.favourites(device), codec.encode(favourites), 1, true);
    }

    @Override
    public void requestFrames(DeviceId device, FrameRequest request) {
        publish(topics.frameRequest(device), codec.encode(request), 0, false);
    }

    @Override
    public void clearRetained(DeviceId device) {
        for (DeviceTopic topic : DeviceTopic.values()) {
            if (topic.retained()) {
                publish(topics.device(device, topic), CLEAR, 1, true);
            }
        }
    }

    private void publish(String topic, byte[] payload, int qos, boolean retained) {
        link.publish(topic, payload, qos, retained).whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "cannot publish to {0}: {1}", topic, failure.getMessage());
            }
        });
    }
}
