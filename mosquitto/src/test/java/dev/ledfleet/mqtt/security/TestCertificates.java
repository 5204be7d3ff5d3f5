package dev.ledfleet.mqtt.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away certificate authority and a server certificate for {@code localhost} and
 * {@code 127.0.0.1} signed by it, ECDSA P-256 like the ones docs/deploy.md tells an operator to
 * make with the same {@code openssl} commands, so the tests also check those steps.
 */
public record TestCertificates(Path caCert, Path serverCert, Path serverKey) {

    public static boolean opensslAvailable() {
        return Executables.onPath("openssl");
    }

    public static TestCertificates generate(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path caKey = dir.resolve("ca.key");
        Path caCert = dir.resolve("ca.crt");
        Path serverKey = dir.resolve("server.key");
        Path serverCsr = dir.resolve("server.csr");
        Path serverCert = dir.resolve("server.crt");
        Path extensions = dir.resolve("server.ext");
        Files.writeString(extensions, """
                subjectAltName=DNS:localhost,IP:127.0.0.1
                basicConstraints=CA:FALSE
                keyUsage=digitalSignature
                extendedKeyUsage=serverAuth
                """);
        openssl(dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-sha256", "-days", "2",
                "-subj", "/CN=ledfleet test CA", "-keyout", caKey.toString(), "-out", caCert.toString());
        openssl(dir, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-sha256",
                "-subj", "/CN=localhost", "-keyout", serverKey.toString(), "-out", serverCsr.toString());
        openssl(dir, "x509", "-req", "-sha256", "-days", "2", "-in", serverCsr.toString(),
                "-CA", caCert.toString(), "-CAkey", caKey.toString(), "-CAcreateserial",
                "-extfile", extensions.toString(), "-out", serverCert.toString());
        return new TestCertificates(caCert, serverCert, serverKey);
    }

    private static void openssl(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        Path log = dir.resolve("openssl.log");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("openssl " + String.join(" ", args) + " failed:\n" + Files.readString(log));
        }
    }
}
