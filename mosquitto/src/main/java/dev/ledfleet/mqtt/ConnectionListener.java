package dev.ledfleet.mqtt;

/** Told when the link to the broker comes up or goes down; called on the link's own thread. */
@FunctionalInterface
public interface ConnectionListener {
    void connectionChanged(boolean connected);
}
