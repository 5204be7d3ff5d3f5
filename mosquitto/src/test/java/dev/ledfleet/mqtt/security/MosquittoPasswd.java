package dev.ledfleet.mqtt.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Adds users to a password file with Mosquitto's own {@code mosquitto_passwd}. */
public final class MosquittoPasswd {

    private MosquittoPasswd() {
    }

    public static void add(Path passwordFile, String user, String password) throws IOException, InterruptedException {
        if (!Files.exists(passwordFile)) {
            Files.createFile(passwordFile);
        }
        Process process = new ProcessBuilder(Executables.locate("mosquitto_passwd"), "-b",
                passwordFile.toString(), user, password).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("mosquitto_passwd failed for " + user + ": " + output);
        }
    }
}
