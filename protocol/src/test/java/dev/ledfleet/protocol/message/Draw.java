package dev.ledfleet.protocol.message;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Random choices for generated test input, from one seed so that a failing case can be replayed:
 * the seed is reported by {@link PropertyCheck} and {@code -Dledfleet.property.seed=N} repeats it.
 */
final class Draw {

    private final SplittableRandom random;

    Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int intBetween(int min, int max) {
        // Edges are where bugs live: give each a fair chance of its own.
        int roll = random.nextInt(10);
        if (roll == 0) {
            return min;
        }
        if (roll == 1) {
            return max;
        }
        return (int) longBetween(min, max);
    }

    long longBetween(long min, long max) {
        int roll = random.nextInt(10);
        if (roll == 0) {
            return min;
        }
        if (roll == 1) {
            return max;
        }
        long span = max - min;
        if (span < 0) {
            // The range is wider than Long.MAX_VALUE; draw from all longs until one falls inside.
            long value;
            do {
                value = random.nextLong();
            } while (value < min || value > max);
            return value;
        }
        return min + (span == Long.MAX_VALUE ? random.nextLong(Long.MAX_VALUE) : random.nextLong(span + 1));
    }

    double doubleBetween(double min, double max) {
        int roll = random.nextInt(10);
        if (roll == 0) {
            return min;
        }
        if (roll == 1) {
            return max;
        }
        return min + random.nextDouble() * (max - min);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    /** {@code value} most of the time, null with the given probability. */
    <T> T orNull(double probability, Supplier<T> value) {
        return chance(probability) ? null : value.get();
    }

    <T> List<T> list(int min, int max, Supplier<T> element) {
        int size = min + random.nextInt(max - min + 1);
        List<T> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(element.get());
        }
        return items;
    }

    byte[] bytes(int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Text of {@code min} to {@code max} UTF-16 units: any well-formed unicode, emoji included. */
    String text(int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int roll = random.nextInt(20);
            if (roll == 0 && text.length() + 2 <= length) {
                text.appendCodePoint(0x1F300 + random.nextInt(0x300));
            } else if (roll < 8) {
                text.append((char) (' ' + random.nextInt(95)));
            } else {
                char c = (char) random.nextInt(0xFFFE);
                text.append(Character.isSurrogate(c) ? '?' : c);
            }
        }
        return text.toString();
    }

    /** Text from an alphabet. */
    String chars(String alphabet, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    long nextLong() {
        return random.nextLong();
    }
}
