package dev.ledfleet.controller.mqtt;

import dev.ledfleet.controller.runtime.FleetGate;
import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.protocol.DeviceTopic;
import dev.ledfleet.protocol.Topics;
import dev.ledfleet.protocol.message.ClockTick;
import dev.ledfleet.protocol.message.FrameCodec;
import dev.ledfleet.protocol.message.InvalidMessageException;
import dev.ledfleet.protocol.message.MessageCodec;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.util.List;

/**
 * The controller's MQTT boundary: listens to what devices publish and hands each decoded report to
 * the fleet; broadcasts the controller's clock every five seconds so agents can start in phase.
 * Undecodable messages are logged and dropped, never half-applied.
 */
public final class MqttVerticle extends VerticleBase {

    private static final System.Logger LOG = System.getLogger(MqttVerticle.class.getName());
    static final long CLOCK_PERIOD_MS = 5_000;
    private static final List<DeviceTopic> HEARD = List.of(DeviceTopic.STATUS, DeviceTopic.INFO, DeviceTopic.STATE,
            DeviceTopic.ERROR, DeviceTopic.BUTTON_EVENT, DeviceTopic.FRAME);

    private final MqttLink link;
    private final Topics topics;
    private final MessageCodec codec;
    private final FleetGate fleet;

    public MqttVerticle(MqttLink link, Topics topics, MessageCodec codec, FleetGate fleet) {
        this.link = link;
        this.topics = topics;
        this.codec = codec;
        this.fleet = fleet;
    }

    @Override
    public Future<?> start() {
        for (DeviceTopic topic : HEARD) {
            int qos = topic == DeviceTopic.FRAME ? 0 : 1;
            link.subscribe(topics.everyDevice(topic), qos,
                    (name, payload, retained) -> context.runOnContext(ignored -> received(name, payload)));
        }
        vertx.setPeriodic(CLOCK_PERIOD_MS, id -> tick());
        // A tick right after (re)connecting gives devices that started with the controller an offset at once.
        link.onConnectionChange(connected -> {
            if (connected) {
                context.runOnContext(ignored -> tick());
            }
        });
        link.start();
        return Future.succeededFuture();
    }

    private void tick() {
        if (link.isConnected()) {
            link.publish(topics.clock(), codec.encode(new ClockTick(System.currentTimeMillis())), 0, false);
        }
    }

    private void received(String topic, byte[] payload) {
        var address = topics.parse(topic).orElse(null);
        if (address == null || payload.length == 0) {
            return; // not a device topic, or a retained message being cleared
        }
        var id = address.device();
        try {
            switch (address.topic()) {
                case STATUS -> {
                    var status = codec.decodeStatus(payload);
                    fleet.run(f -> f.onStatus(id, status));
                }
                case INFO -> {
                    var info = codec.decodeInfo(payload);
                    fleet.run(f -> f.onInfo(id, info));
                }
                case STATE -> {
                    var state = codec.decodeState(payload);
                    fleet.run(f -> f.onState(id, state));
                }
                case ERROR -> {
                    var error = codec.decodeError(payload);
                    fleet.run(f -> f.onError(id, error));
                }
                case FRAME -> {
                    var frame = FrameCodec.decode(payload);
                    fleet.run(f -> f.onFrame(id, frame));
                }
                case BUTTON_EVENT -> {
                    var event = codec.decodeButtonEvent(payload);
                    fleet.run(f -> f.onButton(id, event));
                }
                default -> {
                }
            }
        } catch (InvalidMessageException e) {
            LOG.log(System.Logger.Level.WARNING, "ignoring invalid message on {0}: {1}", topic, e.getMessage());
        }
    }
}
