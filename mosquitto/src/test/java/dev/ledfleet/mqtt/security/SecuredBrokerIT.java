package dev.ledfleet.mqtt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.mqtt.MqttSettings;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.DeviceTopic;
import dev.ledfleet.protocol.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped mosquitto.conf and ACL, enforced by a real Mosquitto 2.0. */
class SecuredBrokerIT {

    private static final String CONTROLLER = "ledfleet_controller";
    private static final String HOME_ASSISTANT = "home_assistant";
    private static final DeviceId LAMP_A = DeviceId.of("lamp-a");
    private static final DeviceId LAMP_B = DeviceId.of("lamp-b");
    private static final Topics TOPICS = Topics.standard();

    @TempDir
    static Path dir;

    static SecuredMosquitto broker;

    private final List<MqttLink> links = new ArrayList<>();

    @BeforeAll
    static void startBroker() throws Exception {
        SecuredMosquitto.assumeAvailable();
        Path passwords = dir.resolve("ledfleet.passwd");
        MosquittoPasswd.add(passwords, CONTROLLER, password(CONTROLLER));
        MosquittoPasswd.add(passwords, HOME_ASSISTANT, password(HOME_ASSISTANT));
        MosquittoPasswd.add(passwords, LAMP_A.value(), password(LAMP_A.value()));
        MosquittoPasswd.add(passwords, LAMP_B.value(), password(LAMP_B.value()));
        broker = SecuredMosquitto.start(dir.resolve("broker"), passwords,
                TestCertificates.generate(dir.resolve("certs")));
    }

    @AfterAll
    static void stopBroker() throws InterruptedException {
        if (broker != null) {
            broker.close();
        }
    }

    @AfterEach
    void closeLinks() {
        links.forEach(MqttLink::close);
    }

    private static String password(String user) {
        return "pw-of-" + user;
    }

    private MqttLink connect(String url, String user) throws Exception {
        MqttSettings settings = MqttSettings.of(url, user + "-" + System.nanoTime());
        if (user != null) {
            settings = settings.withCredentials(user, password(user).toCharArray());
        }
        MqttLink link = new MqttLink(settings.withCaFile(broker.caFile())).start();
        links.add(link);
        link.firstConnection().get(15, TimeUnit.SECONDS);
        return link;
    }

    private static void publish(MqttLink link, String topic, String text, boolean retained) throws Exception {
        link.publish(topic, text.getBytes(StandardCharsets.UTF_8), 1, retained).get(10, TimeUnit.SECONDS);
    }

    private Inbox subscribed(MqttLink link, String filter) throws Exception {
        Inbox inbox = new Inbox();
        link.subscribe(filter, 1, inbox);
        return inbox;
    }

    @Test
    void anonymousClient_isRefusedOnBothListeners() throws Exception {
        assertThat(MqttConnectProbe.plain(broker.plainPort(), "anon", null, null))
                .isEqualTo(MqttConnectProbe.NOT_AUTHORISED);
        assertThat(MqttConnectProbe.tls(broker.tlsPort(), broker.caFile(), "anon", null, null))
                .isEqualTo(MqttConnectProbe.NOT_AUTHORISED);
    }

    @Test
    void wrongPassword_isRefused_rightPasswordIsAccepted() throws Exception {
        assertThat(MqttConnectProbe.plain(broker.plainPort(), "a1", LAMP_A.value(), "guess"))
                .isIn(MqttConnectProbe.BAD_CREDENTIALS, MqttConnectProbe.NOT_AUTHORISED);
        assertThat(MqttConnectProbe.plain(broker.plainPort(), "a2", LAMP_A.value(), password(LAMP_A.value())))
                .isEqualTo(MqttConnectProbe.ACCEPTED);
    }

    @Test
    void tlsListener_presentsTheServerCertificateOfOurCa() {
        assertThatThrownBy(() -> MqttConnectProbe.handshakeWithDefaultTrust(broker.tlsPort()))
                .isInstanceOf(SSLException.class);
    }

    @Test
    void deviceAndController_overTls_exchangeStateAndCommands() throws Exception {
        MqttLink controller = connect(broker.tlsUrl(), CONTROLLER);
        MqttLink device = connect(broker.tlsUrl(), LAMP_A.value());
        Inbox states = subscribed(controller, TOPICS.state(LAMP_A));
        Inbox commands = subscribed(device, TOPICS.set(LAMP_A));
        // The controller only learns of the device's subscription by a command getting through.
        awaitDelivery(() -> publish(controller, TOPICS.set(LAMP_A), "{\"power\":true}", false), commands,
                "{\"power\":true}");

        publish(device, TOPICS.state(LAMP_A), "{\"power\":true,\"brightness\":10,\"effect\":\"solid\"}", true);

        assertThat(states.awaitText("{\"power\":true,\"brightness\":10,\"effect\":\"solid\"}").topic())
                .isEqualTo("ledfleet/lamp-a/state");
        assertThat(controller.isConnected()).isTrue();
        assertThat(device.isConnected()).isTrue();
    }

    @Test
    void deviceA_cannotCommandDeviceB_norFakeItsState() throws Exception {
        MqttLink controller = connect(broker.plainUrl(), CONTROLLER);
        MqttLink lampA = connect(broker.tlsUrl(), LAMP_A.value());
        MqttLink lampB = connect(broker.tlsUrl(), LAMP_B.value());
        Inbox everything = subscribed(controller, "ledfleet/#");
        Inbox lampBCommands = subscribed(lampB, TOPICS.set(LAMP_B));
        awaitDelivery(() -> publish(controller, TOPICS.set(LAMP_B), "ready", false), lampBCommands, "ready");
        awaitDelivery(() -> publish(lampA, TOPICS.state(LAMP_A), "a-ready", false), everything, "a-ready");

        publish(lampA, TOPICS.set(LAMP_B), "{\"power\":false,\"id\":\"forged-set\"}", false);
        publish(lampA, TOPICS.state(LAMP_B), "{\"power\":false,\"id\":\"forged-state\"}", true);
        // Mosquitto handles one client's packets in order: once A's next legitimate message has
        // gone through, the forged ones before it have been judged.
        publish(lampA, TOPICS.state(LAMP_A), "a-legit", false);
        everything.awaitText("a-legit");
        publish(controller, TOPICS.set(LAMP_B), "controller-legit", false);
        lampBCommands.awaitText("controller-legit");

        assertThat(lampBCommands.texts()).filteredOn(text -> !text.equals("ready")).containsExactly("controller-legit");
        assertThat(everything.texts()).noneMatch(text -> text.contains("forged"));
        Inbox lateReader = subscribed(connect(broker.plainUrl(), CONTROLLER), TOPICS.state(LAMP_B));
        awaitDelivery(() -> publish(controller, TOPICS.state(LAMP_B), "probe", false), lateReader, "probe");
        assertThat(lateReader.texts()).noneMatch(text -> text.contains("forged"));
    }

    @Test
    void deviceA_cannotReadDeviceBCommandsOrState() throws Exception {
        MqttLink controller = connect(broker.plainUrl(), CONTROLLER);
        MqttLink lampA = connect(broker.tlsUrl(), LAMP_A.value());
        MqttLink lampB = connect(broker.tlsUrl(), LAMP_B.value());
        Inbox lampASees = subscribed(lampA, "ledfleet/#");
        Inbox lampBCommands = subscribed(lampB, TOPICS.set(LAMP_B));
        awaitDelivery(() -> publish(controller, TOPICS.set(LAMP_A), "a-ready", false), lampASees, "a-ready");
        awaitDelivery(() -> publish(controller, TOPICS.set(LAMP_B), "b-ready", false), lampBCommands, "b-ready");

        publish(lampB, TOPICS.state(LAMP_B), "b-secret-state", true);
        publish(controller, TOPICS.set(LAMP_B), "b-secret-command", false);
        lampBCommands.awaitText("b-secret-command");
        publish(controller, TOPICS.set(LAMP_A), "a-after", false);
        lampASees.awaitText("a-after");

        assertThat(lampASees.texts()).doesNotContain("b-ready", "b-secret-state", "b-secret-command");
    }

    @Test
    void device_readsTheControllerClock_butCannotWriteIt() throws Exception {
        MqttLink controller = connect(broker.plainUrl(), CONTROLLER);
        MqttLink lampA = connect(broker.tlsUrl(), LAMP_A.value());
        Inbox clockAtDevice = subscribed(lampA, TOPICS.clock());
        Inbox clockAtController = subscribed(controller, TOPICS.clock());
        awaitDelivery(() -> publish(controller, TOPICS.clock(), "{\"now\":1}", false), clockAtDevice, "{\"now\":1}");

        publish(lampA, TOPICS.clock(), "{\"now\":666}", false);
        publish(controller, TOPICS.clock(), "{\"now\":2}", false);
        clockAtController.awaitText("{\"now\":2}");

        assertThat(clockAtController.texts()).doesNotContain("{\"now\":666}");
    }

    @Test
    void homeAssistant_maySendSetAndReadState_butNotFakeState() throws Exception {
        MqttLink controller = connect(broker.plainUrl(), CONTROLLER);
        MqttLink homeAssistant = connect(broker.tlsUrl(), HOME_ASSISTANT);
        MqttLink lampA = connect(broker.tlsUrl(), LAMP_A.value());
        Inbox lampACommands = subscribed(lampA, TOPICS.set(LAMP_A));
        Inbox haStates = subscribed(homeAssistant, TOPICS.everyDevice(DeviceTopic.STATE));
        Inbox controllerStates = subscribed(controller, TOPICS.state(LAMP_A));
        awaitDelivery(() -> publish(homeAssistant, TOPICS.set(LAMP_A), "{\"brightness\":7}", false),
                lampACommands, "{\"brightness\":7}");
        awaitDelivery(() -> publish(lampA, TOPICS.state(LAMP_A), "a-state", false), haStates, "a-state");

        publish(homeAssistant, TOPICS.state(LAMP_A), "ha-forged", false);
        publish(lampA, TOPICS.state(LAMP_A), "a-state-2", false);
        controllerStates.awaitText("a-state-2");

        assertThat(controllerStates.texts()).doesNotContain("ha-forged");
    }

    @Test
    void oversizedPayload_isNeverDelivered() throws Exception {
        MqttLink controller = connect(broker.plainUrl(), CONTROLLER);
        Inbox states = subscribed(controller, TOPICS.state(LAMP_A));
        MqttLink lampA = connect(broker.tlsUrl(), LAMP_A.value());
        awaitDelivery(() -> publish(lampA, TOPICS.state(LAMP_A), "small", false), states, "small");
        String huge = "x".repeat(70 * 1024);

        lampA.publish(TOPICS.state(LAMP_A), huge.getBytes(StandardCharsets.US_ASCII), 1, false);
        MqttLink lampAgain = connect(broker.tlsUrl(), LAMP_A.value());
        publish(lampAgain, TOPICS.state(LAMP_A), "after", false);
        states.awaitText("after");

        assertThat(states.texts()).doesNotContain(huge);
    }

    @Test
    void retainedState_survivesABrokerRestart() throws Exception {
        DeviceId lamp = DeviceId.of("lamp-a");
        MqttLink device = connect(broker.tlsUrl(), lamp.value());
        publish(device, TOPICS.state(lamp), "{\"brightness\":42}", true);
        publish(device, TOPICS.status(lamp), "online", true);
        device.close();

        broker.restart();

        MqttLink controller = connect(broker.plainUrl(), CONTROLLER);
        Inbox states = subscribed(controller, TOPICS.state(lamp));
        assertThat(states.awaitText("{\"brightness\":42}").retained()).isTrue();
        Inbox status = subscribed(controller, TOPICS.status(lamp));
        assertThat(status.awaitText("online").retained()).isTrue();
    }

    /** Retries a publish until it arrives: a fresh subscription takes effect at the broker a moment after the call. */
    private static void awaitDelivery(ThrowingAction send, Inbox inbox, String text) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            send.run();
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
            while (System.nanoTime() < deadline) {
                if (inbox.texts().contains(text)) {
                    return;
                }
                Thread.sleep(10);
            }
        }
        throw new AssertionError("'" + text + "' never arrived; got " + inbox.texts());
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws Exception;
    }
}
