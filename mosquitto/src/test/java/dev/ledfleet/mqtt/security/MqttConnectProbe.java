package dev.ledfleet.mqtt.security;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * Sends one MQTT 3.1.1 CONNECT and reads the broker's answer, without a client library, so a test
 * can see exactly why a login was refused instead of watching a client retry.
 */
public final class MqttConnectProbe {

    /** CONNACK return code 0: the broker accepted the login. */
    public static final int ACCEPTED = 0;
    /** CONNACK return code 4: bad user name or password. */
    public static final int BAD_CREDENTIALS = 4;
    /** CONNACK return code 5: not authorised. */
    public static final int NOT_AUTHORISED = 5;

    private MqttConnectProbe() {
    }

    /** The CONNACK return code for a plain-TCP login; {@code user} null means anonymous. */
    public static int plain(int port, String clientId, String user, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            return exchange(socket, clientId, user, password);
        }
    }

    /** The same over TLS, trusting only {@code caFile}; fails with an SSL exception if the server is not trusted. */
    public static int tls(int port, Path caFile, String clientId, String user, String password)
            throws IOException, GeneralSecurityException {
        try (SSLSocket socket = (SSLSocket) trusting(caFile).getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.startHandshake();
            return exchange(socket, clientId, user, password);
        }
    }

    /** A TLS handshake trusting only the JDK's CAs; fails for a private CA's server certificate. */
    public static void handshakeWithDefaultTrust(int port) throws IOException, GeneralSecurityException {
        try (SSLSocket socket = (SSLSocket) SSLContext.getDefault().getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.startHandshake();
        }
    }

    private static int exchange(Socket socket, String clientId, String user, String password) throws IOException {
        socket.setSoTimeout(5_000);
        OutputStream out = socket.getOutputStream();
        out.write(connectPacket(clientId, user, password));
        out.flush();
        DataInputStream in = new DataInputStream(socket.getInputStream());
        int type = in.read();
        if (type < 0) {
            throw new IOException("broker closed the connection without a CONNACK");
        }
        if (type != 0x20 || in.read() != 2) {
            throw new IOException("expected a CONNACK, got packet type 0x" + Integer.toHexString(type));
        }
        in.readUnsignedByte();
        return in.readUnsignedByte();
    }

    static byte[] connectPacket(String clientId, String user, String password) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeString(body, "MQTT");
        body.write(4);
        int flags = 0x02;
        if (user != null) {
            flags |= 0x80;
        }
        if (password != null) {
            flags |= 0x40;
        }
        body.write(flags);
        body.write(0);
        body.write(30);
        writeString(body, clientId);
        if (user != null) {
            writeString(body, user);
        }
        if (password != null) {
            writeString(body, password);
        }
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        packet.write(0x10);
        int length = body.size();
        do {
            int digit = length % 128;
            length /= 128;
            packet.write(length > 0 ? digit | 0x80 : digit);
        } while (length > 0);
        packet.writeBytes(body.toByteArray());
        return packet.toByteArray();
    }

    private static void writeString(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes.length >>> 8);
        out.write(bytes.length & 0xff);
        out.writeBytes(bytes);
    }

    private static SSLContext trusting(Path caFile) throws IOException, GeneralSecurityException {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(caFile)) {
            trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLSv1.2");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
