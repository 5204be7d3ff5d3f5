package dev.ledfleet.controller.provision;

import dev.ledfleet.protocol.DeviceId;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/** What {@code provision-device} was asked to do, read from its command line. */
record ProvisionOptions(
        DeviceId device,
        Path passwordFile,
        Path outDir,
        boolean rotate,
        String mqttUrl,
        Path devicePasswordPath,
        Path deviceCaPath) {

    static final Path DEFAULT_PASSWORD_FILE = Path.of("/etc/mosquitto/ledfleet.passwd");
    static final Path DEFAULT_DEVICE_PASSWORD_PATH = Path.of("/etc/ledfleet/mqtt.password");
    static final Path DEFAULT_DEVICE_CA_PATH = Path.of("/etc/ledfleet/ca.crt");

    /** Reads {@code <id> [options]}; a leading {@code provision-device} is skipped. */
    static ProvisionOptions parse(String[] args) {
        int start = args.length > 0 && args[0].equals("provision-device") ? 1 : 0;
        String id = null;
        Path passwordFile = DEFAULT_PASSWORD_FILE;
        Path outDir = Path.of(".");
        boolean rotate = false;
        String mqttUrl = null;
        Path devicePassword = DEFAULT_DEVICE_PASSWORD_PATH;
        Path deviceCa = DEFAULT_DEVICE_CA_PATH;
        for (int i = start; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--password-file" -> passwordFile = Path.of(value(args, ++i, arg));
                case "--out-dir" -> outDir = Path.of(value(args, ++i, arg));
                case "--rotate" -> rotate = true;
                case "--mqtt-url" -> mqttUrl = value(args, ++i, arg);
                case "--device-password-path" -> devicePassword = Path.of(value(args, ++i, arg));
                case "--device-ca-path" -> deviceCa = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    if (id != null) {
                        throw new IllegalArgumentException("one device at a time: got '" + id + "' and '" + arg + "'");
                    }
                    id = arg;
                }
            }
        }
        if (id == null) {
            throw new IllegalArgumentException("which device? give its id, for example: provision-device kitchen-lamp");
        }
        DeviceId device = DeviceId.of(id);
        if (mqttUrl == null) {
            mqttUrl = "ssl://" + localHostName() + ":8883";
        }
        if (!mqttUrl.startsWith("ssl://") && !mqttUrl.startsWith("tcp://")) {
            throw new IllegalArgumentException("--mqtt-url must start with ssl:// (or tcp://), got " + mqttUrl);
        }
        return new ProvisionOptions(device, passwordFile, outDir, rotate, mqttUrl, devicePassword, deviceCa);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (UnknownHostException e) {
            return "BROKER-HOST";
        }
    }
}
