package dev.ledfleet.controller.rules;

import dev.ledfleet.protocol.message.ButtonGesture;
import java.time.LocalTime;

/** What makes a rule fire. */
public sealed interface Trigger {

    /**
     * A message on any topic matching {@code topic}; optionally only when the payload equals
     * {@code payload}, or when the JSON field at dot path {@code field} equals {@code value}.
     */
    record Mqtt(TopicFilter topic, String payload, String field, String value) implements Trigger {
    }

    /** A gesture on a device's button; {@code button} null means any button. */
    record Button(String device, ButtonGesture gesture, Integer button) implements Trigger {
    }

    /** A device coming online ({@code online} true) or going offline. */
    record Connectivity(String device, boolean online) implements Trigger {
    }

    /** Every day at a time of day, in the controller's time zone. */
    record TimeOfDay(LocalTime at) implements Trigger {
    }

    /** A five-field cron schedule, in the controller's time zone. */
    record Cron(CronSchedule schedule) implements Trigger {
    }
}
