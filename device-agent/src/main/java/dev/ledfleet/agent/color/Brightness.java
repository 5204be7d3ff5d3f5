package dev.ledfleet.agent.color;

/**
 * Master brightness 0-255 as a lookup table, rebuilt only when the level changes so that the frame
 * path is one array read per channel.
 */
public final class Brightness {

    private final int[] table = new int[256];
    private int level = -1;

    public Brightness(int level) {
        set(level);
    }

    public int level() {
        return level;
    }

    public void set(int newLevel) {
        if (newLevel < 0 || newLevel > 255) {
            throw new IllegalArgumentException("brightness must be from 0 to 255, got " + newLevel);
        }
        if (newLevel == level) {
            return;
        }
        level = newLevel;
        for (int c = 0; c < 256; c++) {
            table[c] = c * newLevel / 255;
        }
    }

    public int apply(int rgb) {
        return (table[(rgb >>> 16) & 0xff] << 16) | (table[(rgb >>> 8) & 0xff] << 8) | table[rgb & 0xff];
    }

    /** Scales {@code length} packed colours of {@code pixels} in place. */
    public void apply(int[] pixels, int length) {
        if (level == 255) {
            return;
        }
        for (int i = 0; i < length; i++) {
            pixels[i] = apply(pixels[i]);
        }
    }
}
