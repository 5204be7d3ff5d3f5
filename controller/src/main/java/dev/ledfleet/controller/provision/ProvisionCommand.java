package dev.ledfleet.controller.provision;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * {@code provision-device <id>}: gives one device its broker credentials. It makes a random
 * password, adds the device to Mosquitto's password file (or replaces it with {@code --rotate}),
 * writes the password to a file to copy onto the device, and prints the agent's options. The
 * password itself never goes to the terminal, so it stays out of scroll-back and logs.
 */
public final class ProvisionCommand {

    static final String USAGE = """
            Usage: java -jar ledfleet-controller.jar provision-device <id> [options]

            Creates MQTT credentials for one device: a random password, hashed into Mosquitto's password
            file, and a password file for the device's agent. Reload Mosquitto afterwards.

            Options:
              --password-file PATH        Mosquitto password file (default /etc/mosquitto/ledfleet.passwd)
              --out-dir DIR               where to write <id>.password for the device (default .)
              --rotate                    replace the password of a device that already has one
              --mqtt-url URL              broker URL for the device (default ssl://<this host>:8883)
              --device-password-path PATH where the password file will live on the device
                                          (default /etc/ledfleet/mqtt.password)
              --device-ca-path PATH       where the broker's CA certificate will live on the device
                                          (default /etc/ledfleet/ca.crt)
            """;

    private ProvisionCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(USAGE);
                return 0;
            }
        }
        ProvisionOptions options;
        try {
            options = ProvisionOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("provision-device: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            return provision(options, new SecureRandom(), out, err);
        } catch (IOException | IllegalArgumentException e) {
            err.println("provision-device: " + e.getMessage());
            return 1;
        }
    }

    static int provision(ProvisionOptions options, SecureRandom random, PrintStream out, PrintStream err)
            throws IOException {
        String user = options.device().value();
        boolean newFile = !Files.exists(options.passwordFile());
        PasswordFile passwords = PasswordFile.load(options.passwordFile());
        boolean existed = passwords.contains(user);
        if (existed && !options.rotate()) {
            err.println("provision-device: device '" + user + "' already has credentials in " + options.passwordFile()
                    + "; add --rotate to give it a new password (its agent must then get the new one)");
            return 1;
        }
        String password = DevicePassword.generate(random);
        Path deviceFile = options.outDir().resolve(user + ".password");
        // The device's copy first: if the broker's file then fails, nothing has changed for the broker.
        AtomicFileWrite.replace(deviceFile, (password + "\n").getBytes(StandardCharsets.US_ASCII), "rw-------");
        passwords.put(user, MosquittoPasswordHash.create(password, random));
        passwords.save();
        printSummary(options, deviceFile, existed, out);
        if (newFile) {
            // Mosquitto reads the file after dropping root, so it must be able to as its own user.
            out.println("New password file: let the broker read it:  sudo chown root:mosquitto "
                    + options.passwordFile() + " && sudo chmod 640 " + options.passwordFile());
        }
        return 0;
    }

    private static void printSummary(ProvisionOptions options, Path deviceFile, boolean rotated, PrintStream out) {
        String id = options.device().value();
        out.println((rotated ? "Rotated" : "Provisioned") + " device '" + id + "' in " + options.passwordFile() + ".");
        out.println("Its password is in " + deviceFile + " (mode 600). Copy it to the device as "
                + options.devicePasswordPath() + ", and the broker's CA certificate as " + options.deviceCaPath() + ".");
        out.println("Make the broker read the new password:  sudo systemctl reload mosquitto");
        out.println("Agent options for this device:");
        out.println("  --id " + id + " --mqtt-url " + options.mqttUrl() + " --mqtt-user " + id
                + " --mqtt-password-file " + options.devicePasswordPath() + " --ca-file " + options.deviceCaPath());
    }
}
