package dev.ledfleet.mqtt;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttMessageListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The one place that speaks to Eclipse Paho (MQTT 3.1.1). It keeps a connection up for as long as
 * it is open and hides Paho's traps:
 * <ul>
 *   <li>the first connection is retried like any other, with exponential back-off and jitter
 *       (Paho's own automatic reconnect never retries a first connect that failed);</li>
 *   <li>subscriptions are remembered and made again after every reconnect, from the link's own
 *       thread (subscribing inside Paho's callbacks can deadlock);</li>
 *   <li>the in-flight window is widened (Paho's default of 10 throttles fan-out);</li>
 *   <li>sockets have TCP_NODELAY, or every QoS 1 round trip waits on delayed ACKs;</li>
 *   <li>an exception thrown by a handler is logged, not left to make Paho drop the connection.</li>
 * </ul>
 */
public final class MqttLink implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MqttLink.class.getName());

    private final MqttSettings settings;
    private volatile MqttAsyncClient client;
    /** Whether {@link #client} has made a connection attempt; worker thread only. */
    private boolean clientUsed;
    private final MqttConnectOptions options;
    private final ScheduledExecutorService worker;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> firstConnection = new CompletableFuture<>();
    private volatile boolean closed;
    private volatile boolean started;
    private int failedAttempts;

    private record Subscription(int qos, MessageHandler handler) {
    }

    public MqttLink(MqttSettings settings) {
        this.settings = settings;
        this.client = newClient(settings);
        this.options = connectOptions(settings);
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mqtt-link-" + settings.clientId());
            thread.setDaemon(true);
            return thread;
        });
        client.setCallback(new LostConnectionWatcher(client));
    }

    private static MqttAsyncClient newClient(MqttSettings settings) {
        try {
            return new MqttAsyncClient(settings.serverUri(), settings.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("cannot create MQTT client for " + settings + ": " + e.getMessage(), e);
        }
    }

    /**
     * Paho 1.2.5 can hang for good when a client that lost its connection connects again: its
     * sender or callback thread never restarts and the connect spins in {@code start()} (seen here
     * after broker restarts; eclipse-paho/paho.mqtt.java PR 947/953). So every attempt after the
     * first uses a fresh client; subscriptions are made again on connect anyway.
     */
    private void replaceClient() {
        MqttAsyncClient old = client;
        MqttAsyncClient fresh = newClient(settings);
        fresh.setCallback(new LostConnectionWatcher(fresh));
        client = fresh;
        try {
            old.close(true);
        } catch (MqttException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the previous client: {0}", e.getMessage());
        }
    }

    private static MqttConnectOptions connectOptions(MqttSettings settings) {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(true);
        options.setAutomaticReconnect(false);
        options.setConnectionTimeout(10);
        options.setKeepAliveInterval(settings.keepAliveSeconds());
        options.setMaxInflight(settings.maxInflight());
        if (settings.username() != null) {
            options.setUserName(settings.username());
        }
        if (settings.password() != null) {
            options.setPassword(settings.password());
        }
        if (settings.will() != null) {
            MqttSettings.Will will = settings.will();
            options.setWill(will.topic(), will.payload(), will.qos(), will.retained());
        }
        try {
            options.setSocketFactory(settings.serverUri().startsWith("ssl://")
                    ? NoDelaySslSocketFactory.trusting(settings.caFile())
                    : new NoDelaySocketFactory());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot use CA file " + settings.caFile() + ": " + e.getMessage(), e);
        }
        return options;
    }

    /** Starts connecting in the background and keeps trying until {@link #close()}. */
    public MqttLink start() {
        if (!started) {
            started = true;
            worker.execute(this::connect);
        }
        return this;
    }

    /** Completes when the link is connected for the first time. */
    public CompletableFuture<Void> firstConnection() {
        return firstConnection;
    }

    public boolean isConnected() {
        return client.isConnected();
    }

    public String clientId() {
        return settings.clientId();
    }

    public void onConnectionChange(ConnectionListener listener) {
        listeners.add(listener);
    }

    /** Subscribes now if connected, and again after every reconnect. */
    public void subscribe(String filter, int qos, MessageHandler handler) {
        subscriptions.put(filter, new Subscription(qos, handler));
        worker.execute(() -> {
            if (client.isConnected()) {
                subscribeOne(filter, subscriptions.get(filter));
            }
        });
    }

    public void unsubscribe(String filter) {
        subscriptions.remove(filter);
        worker.execute(() -> {
            if (client.isConnected()) {
                try {
                    client.unsubscribe(filter);
                } catch (MqttException e) {
                    LOG.log(System.Logger.Level.DEBUG, "unsubscribe {0} failed: {1}", filter, e.getMessage());
                }
            }
        });
    }

    /**
     * Publishes without waiting. The future completes when the broker has the message (QoS 1) or it
     * has been written (QoS 0), and fails at once when the link is down or the in-flight window is full.
     */
    public CompletableFuture<Void> publish(String topic, byte[] payload, int qos, boolean retained) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!client.isConnected()) {
            done.completeExceptionally(new MqttException(MqttException.REASON_CODE_CLIENT_NOT_CONNECTED));
            return done;
        }
        try {
            client.publish(topic, payload, qos, retained, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    done.complete(null);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    done.completeExceptionally(failure);
                }
            });
        } catch (MqttException | RuntimeException e) {
            done.completeExceptionally(e);
        }
        return done;
    }

    /**
     * Cuts the connection without an MQTT DISCONNECT, as a crash or a pulled cable would, so the
     * broker publishes the last will. The link then reconnects as after any other loss.
     */
    public void dropConnection() {
        worker.execute(() -> {
            try {
                client.disconnectForcibly(0, 1, false);
            } catch (MqttException e) {
                LOG.log(System.Logger.Level.DEBUG, "forced disconnect: {0}", e.getMessage());
            }
            connectionLost(new IOException("connection dropped on purpose"));
        });
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        worker.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect(500).waitForCompletion(1_000);
            }
        } catch (MqttException e) {
            LOG.log(System.Logger.Level.DEBUG, "disconnect: {0}", e.getMessage());
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.log(System.Logger.Level.DEBUG, "close: {0}", e.getMessage());
        }
        firstConnection.completeExceptionally(new IllegalStateException("link closed"));
    }

    private void connect() {
        if (closed || client.isConnected()) {
            return;
        }
        if (clientUsed) {
            replaceClient();
        }
        clientUsed = true;
        MqttAsyncClient attempt = client;
        try {
            attempt.connect(options, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    runOnWorker(() -> {
                        if (attempt == client) {
                            connected();
                        }
                    });
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    runOnWorker(() -> {
                        if (attempt == client) {
                            retryAfterFailure(failure);
                        }
                    });
                }
            });
        } catch (MqttException | RuntimeException e) {
            retryAfterFailure(e);
        }
    }

    private void connected() {
        failedAttempts = 0;
        LOG.log(System.Logger.Level.INFO, "MQTT {0} connected to {1}", settings.clientId(), settings.serverUri());
        subscriptions.forEach(this::subscribeOne);
        notifyListeners(true);
        firstConnection.complete(null);
    }

    private void subscribeOne(String filter, Subscription subscription) {
        if (subscription == null) {
            return;
        }
        IMqttMessageListener listener = (topic, message) -> deliver(subscription.handler(), topic, message);
        try {
            client.subscribe(filter, subscription.qos(), listener);
        } catch (MqttException e) {
            LOG.log(System.Logger.Level.WARNING, "subscribe to {0} failed: {1}", filter, e.getMessage());
        }
    }

    private static void deliver(MessageHandler handler, String topic, MqttMessage message) {
        try {
            handler.handle(topic, message.getPayload(), message.isRetained());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "handler for " + topic + " failed", e);
        }
    }

    private void retryAfterFailure(Throwable failure) {
        if (closed) {
            return;
        }
        long delay = backoffMillis(failedAttempts++);
        LOG.log(System.Logger.Level.INFO, "MQTT {0} cannot reach {1} ({2}); retrying in {3} ms",
                settings.clientId(), settings.serverUri(), failure.getMessage(), delay);
        worker.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    javax.net.SocketFactory socketFactory() {
        return options.getSocketFactory();
    }

    long backoffMillis(int attempt) {
        long min = settings.minBackoff().toMillis();
        long max = settings.maxBackoff().toMillis();
        long exponential = min << Math.min(attempt, 20);
        long capped = Math.min(max, exponential);
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Math.max(1, (long) (capped * jitter));
    }

    private void connectionLost(Throwable cause) {
        if (closed) {
            return;
        }
        LOG.log(System.Logger.Level.INFO, "MQTT {0} lost its connection: {1}", settings.clientId(),
                cause == null ? "unknown cause" : cause.getMessage());
        notifyListeners(false);
        retryAfterFailure(cause == null ? new IOException("connection lost") : cause);
    }

    private void notifyListeners(boolean connected) {
        for (ConnectionListener listener : listeners) {
            try {
                listener.connectionChanged(connected);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "connection listener failed", e);
            }
        }
    }

    private void runOnWorker(Runnable task) {
        if (!closed) {
            try {
                worker.execute(task);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.log(System.Logger.Level.DEBUG, "link closed while a callback was pending");
            }
        }
    }

    private final class LostConnectionWatcher implements MqttCallback {
        private final MqttAsyncClient watched;

        LostConnectionWatcher(MqttAsyncClient watched) {
            this.watched = watched;
        }

        @Override
        public void connectionLost(Throwable cause) {
            runOnWorker(() -> {
                if (watched == client) {
                    MqttLink.this.connectionLost(cause);
                }
            });
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            // Every subscription has its own listener; nothing arrives here.
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // Completion is reported through each publish's own listener.
        }
    }
}
