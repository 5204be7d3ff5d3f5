package dev.ledfleet.agent.effect.text;

/** Writes numbers into a char buffer for the clocks, so a frame never formats a String. */
final class DigitWriter {

    private DigitWriter() {
    }

    /** Writes {@code value} (0 or more), zero-padded to {@code digits} digits, at {@code at}; returns the end. */
    static int write(char[] buffer, int at, long value, int digits) {
        int length = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            length++;
        }
        length = Math.max(length, digits);
        long rest = value;
        for (int i = length - 1; i >= 0; i--) {
            buffer[at + i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return at + length;
    }
}
