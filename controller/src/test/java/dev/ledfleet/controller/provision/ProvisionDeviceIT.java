package dev.ledfleet.controller.provision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.mqtt.MqttSettings;
import dev.ledfleet.mqtt.security.Inbox;
import dev.ledfleet.mqtt.security.MqttConnectProbe;
import dev.ledfleet.mqtt.security.SecuredMosquitto;
import dev.ledfleet.mqtt.security.TestCertificates;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.Topics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** provision-device's password file, read by a real Mosquitto 2.0 with the shipped config. */
class ProvisionDeviceIT {

    private static final DeviceId LAMP = DeviceId.of("porch-lamp");

    @TempDir
    Path dir;

    private Path passwd;
    private Path outDir;
    private SecuredMosquitto broker;

    @BeforeEach
    void setUp() throws Exception {
        SecuredMosquitto.assumeAvailable();
        passwd = dir.resolve("ledfleet.passwd");
        outDir = dir.resolve("out");
        PasswordFile controllerOnly = PasswordFile.load(passwd);
        controllerOnly.put("ledfleet_controller", MosquittoPasswordHash.create("controller-pw", new SecureRandom()));
        controllerOnly.save();
    }

    @AfterEach
    void stopBroker() throws InterruptedException {
        if (broker != null) {
            broker.close();
        }
    }

    private int provision(String... extra) {
        String[] base = {"provision-device", LAMP.value(), "--password-file", passwd.toString(),
                "--out-dir", outDir.toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        return ProvisionCommand.run(args, new PrintStream(sink), new PrintStream(sink));
    }

    private String devicePassword() throws Exception {
        return Files.readString(outDir.resolve(LAMP.value() + ".password")).strip();
    }

    private int tlsLogin(String password) throws Exception {
        return MqttConnectProbe.tls(broker.tlsPort(), broker.caFile(), "probe-" + System.nanoTime(), LAMP.value(), password);
    }

    @Test
    void provisionedDevice_logsInOverTls_andPublishesItsState() throws Exception {
        assertThat(provision()).isZero();
        broker = SecuredMosquitto.start(dir.resolve("broker"), passwd, TestCertificates.generate(dir.resolve("certs")));
        Topics topics = Topics.standard();

        try (MqttLink controller = new MqttLink(MqttSettings.of(broker.plainUrl(), "controller")
                     .withCredentials("ledfleet_controller", "controller-pw".toCharArray())).start();
             MqttLink device = new MqttLink(MqttSettings.of(broker.tlsUrl(), LAMP.value())
                     .withCredentials(LAMP.value(), devicePassword().toCharArray())
                     .withCaFile(broker.caFile())).start()) {
            controller.firstConnection().get(15, TimeUnit.SECONDS);
            device.firstConnection().get(15, TimeUnit.SECONDS);
            Inbox states = new Inbox();
            controller.subscribe(topics.state(LAMP), 1, states);

            for (int i = 0; i < 50 && !states.texts().contains("{\"power\":true}"); i++) {
                device.publish(topics.state(LAMP), "{\"power\":true}".getBytes(StandardCharsets.UTF_8), 1, false)
                        .get(10, TimeUnit.SECONDS);
                Thread.sleep(100);
            }

            assertThat(states.texts()).contains("{\"power\":true}");
        }
    }

    @Test
    void wrongPassword_isRefused() throws Exception {
        provision();
        broker = SecuredMosquitto.start(dir.resolve("broker"), passwd, TestCertificates.generate(dir.resolve("certs")));

        assertThat(tlsLogin(devicePassword() + "x")).isNotEqualTo(MqttConnectProbe.ACCEPTED);
        assertThat(tlsLogin(devicePassword())).isEqualTo(MqttConnectProbe.ACCEPTED);
    }

    @Test
    void rotate_thenReload_refusesTheOldPasswordAndAcceptsTheNew() throws Exception {
        provision();
        broker = SecuredMosquitto.start(dir.resolve("broker"), passwd, TestCertificates.generate(dir.resolve("certs")));
        String oldPassword = devicePassword();
        assertThat(tlsLogin(oldPassword)).isEqualTo(MqttConnectProbe.ACCEPTED);

        assertThat(provision("--rotate")).isZero();
        broker.reload();

        assertThat(tlsLogin(oldPassword)).isNotEqualTo(MqttConnectProbe.ACCEPTED);
        assertThat(tlsLogin(devicePassword())).isEqualTo(MqttConnectProbe.ACCEPTED);
    }

    @Test
    void newDevice_isAcceptedAfterReload_withoutRestartingTheBroker() throws Exception {
        broker = SecuredMosquitto.start(dir.resolve("broker"), passwd, TestCertificates.generate(dir.resolve("certs")));
        assertThat(tlsLogin("anything")).isNotEqualTo(MqttConnectProbe.ACCEPTED);

        provision();
        broker.reload();

        assertThat(tlsLogin(devicePassword())).isEqualTo(MqttConnectProbe.ACCEPTED);
    }
}
