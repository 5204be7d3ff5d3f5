package dev.ledfleet.controller.rules;

import java.time.LocalTime;

/** Something that must hold when a rule's trigger fires for its actions to run. */
public sealed interface Condition {

    /** A device property ({@code power}, {@code effect} or {@code brightness}) compared with a value. */
    record DeviceState(String device, Property property, Comparison op, String value) implements Condition {

        /** Whether a device showing {@code state} meets the condition; an unknown state never does. */
        public boolean holds(dev.ledfleet.protocol.message.DeviceState state) {
            if (state == null) {
                return false;
            }
            int compared = switch (property) {
                case POWER -> Boolean.compare(state.power(), Boolean.parseBoolean(value));
                case BRIGHTNESS -> Integer.compare(state.brightness(), Integer.parseInt(value));
                case EFFECT -> value.equals(state.effect()) ? 0 : 1;
            };
            return op.test(compared);
        }
    }

    /** The time of day lies in {@code [from, to)}; a window may wrap past midnight (22:00 to 06:00). */
    record TimeWindow(LocalTime from, LocalTime to) implements Condition {

        public boolean contains(LocalTime time) {
            return from.isBefore(to) || from.equals(to)
                    ? !time.isBefore(from) && time.isBefore(to)
                    : !time.isBefore(from) || time.isBefore(to);
        }
    }

    /** The device properties a condition may look at. */
    enum Property {
        POWER, EFFECT, BRIGHTNESS
    }

    /** How a property is compared; only {@code EQ} and {@code NE} apply to power and effect. */
    enum Comparison {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean ordering() {
            return this != EQ && this != NE;
        }

        public boolean test(int compared) {
            return switch (this) {
                case EQ -> compared == 0;
                case NE -> compared != 0;
                case LT -> compared < 0;
                case LE -> compared <= 0;
                case GT -> compared > 0;
                case GE -> compared >= 0;
            };
        }
    }
}
