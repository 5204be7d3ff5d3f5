package dev.ledfleet.controller.rules;

import java.time.LocalDateTime;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * A classic five-field cron schedule: minute, hour, day of month, month, day of week, e.g.
 * {@code "30 7 * * mon-fri"}. Fields take {@code *}, numbers, ranges {@code a-b}, steps ({@code 0/15},
 * {@code 8-18/2}, or a star followed by {@code /n}), lists {@code a,b}, and month or weekday names; Sunday is 0 or 7. As in Vixie
 * cron, when both day fields are restricted a day matches if either one does.
 */
public final class CronSchedule {

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");
    private static final String[] FIELD_NAMES = {"minute", "hour", "day of month", "month", "day of week"};

    private final String expression;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final boolean anyDayOfMonth;
    private final boolean anyDayOfWeek;

    private CronSchedule(String expression, String[] fields) {
        this.expression = expression;
        this.minutes = field(fields[0], 0, 0, 59, List.of());
        this.hours = field(fields[1], 1, 0, 23, List.of());
        this.daysOfMonth = field(fields[2], 2, 1, 31, List.of());
        this.months = field(fields[3], 3, 1, 12, MONTHS);
        BitSet weekdays = field(fields[4], 4, 0, 7, DAYS);
        if (weekdays.get(7)) {
            weekdays.set(0);
            weekdays.clear(7);
        }
        this.daysOfWeek = weekdays;
        this.anyDayOfMonth = fields[2].startsWith("*");
        this.anyDayOfWeek = fields[4].startsWith("*");
    }

    /** Parses {@code expression}, or throws {@link IllegalArgumentException} naming the field at fault. */
    public static CronSchedule parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("a cron expression needs five fields: minute hour day-of-month month day-of-week");
        }
        String[] fields = expression.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException("a cron expression needs five fields (minute hour day-of-month month day-of-week), found "
                    + fields.length + " in \"" + expression + '"');
        }
        return new CronSchedule(expression.trim(), fields);
    }

    public String expression() {
        return expression;
    }

    /** Whether the schedule fires in the minute that contains {@code time}. */
    public boolean matches(LocalDateTime time) {
        if (!minutes.get(time.getMinute()) || !hours.get(time.getHour()) || !months.get(time.getMonthValue())) {
            return false;
        }
        boolean dom = daysOfMonth.get(time.getDayOfMonth());
        boolean dow = daysOfWeek.get(time.getDayOfWeek().getValue() % 7);
        if (anyDayOfMonth || anyDayOfWeek) {
            return (anyDayOfMonth || dom) && (anyDayOfWeek || dow);
        }
        return dom || dow;
    }

    /** The first minute strictly after {@code after} at which the schedule fires, searching up to five years ahead. */
    public LocalDateTime next(LocalDateTime after) {
        LocalDateTime t = after.withSecond(0).withNano(0).plusMinutes(1);
        LocalDateTime limit = after.plusYears(5);
        while (t.isBefore(limit)) {
            if (!months.get(t.getMonthValue())) {
                t = t.withDayOfMonth(1).withHour(0).withMinute(0).plusMonths(1);
            } else if (!dayMatches(t)) {
                t = t.withHour(0).withMinute(0).plusDays(1);
            } else if (!hours.get(t.getHour())) {
                t = t.withMinute(0).plusHours(1);
            } else if (!minutes.get(t.getMinute())) {
                t = t.plusMinutes(1);
            } else {
                return t;
            }
        }
        throw new IllegalStateException("cron expression \"" + expression + "\" never fires");
    }

    private boolean dayMatches(LocalDateTime t) {
        return matches(t.withHour(firstSet(hours)).withMinute(firstSet(minutes)));
    }

    private static int firstSet(BitSet bits) {
        return bits.nextSetBit(0);
    }

    private static BitSet field(String text, int index, int min, int max, List<String> names) {
        BitSet bits = new BitSet(max + 1);
        for (String part : text.split(",", -1)) {
            addPart(bits, part, index, min, max, names);
        }
        return bits;
    }

    private static void addPart(BitSet bits, String part, int index, int min, int max, List<String> names) {
        String range = part;
        int step = 1;
        int slash = part.indexOf('/');
        if (slash >= 0) {
            range = part.substring(0, slash);
            step = number(part.substring(slash + 1), index, 1, max, List.of(), "step");
        }
        int from;
        int to;
        if (range.equals("*")) {
            from = min;
            to = max;
        } else {
            int dash = range.indexOf('-');
            if (dash > 0) {
                from = number(range.substring(0, dash), index, min, max, names, "value");
                to = number(range.substring(dash + 1), index, min, max, names, "value");
                if (to < from) {
                    throw problem(index, "range " + range + " runs backwards");
                }
            } else {
                from = number(range, index, min, max, names, "value");
                to = slash >= 0 ? max : from;
            }
        }
        for (int v = from; v <= to; v += step) {
            bits.set(v);
        }
    }

    private static int number(String text, int index, int min, int max, List<String> names, String what) {
        int named = names.indexOf(text);
        if (named >= 0) {
            return names == MONTHS ? named + 1 : named;
        }
        if (text.isEmpty() || !text.chars().allMatch(Character::isDigit) || text.length() > 4) {
            throw problem(index, what + " \"" + text + "\" is not a number" + (names.isEmpty() ? "" : " or a name"));
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            throw problem(index, what + " " + value + " is outside " + min + "-" + max);
        }
        return value;
    }

    private static IllegalArgumentException problem(int index, String message) {
        return new IllegalArgumentException(FIELD_NAMES[index] + " field: " + message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CronSchedule cron && cron.expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return expression;
    }
}
