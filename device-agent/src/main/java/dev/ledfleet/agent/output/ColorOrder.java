package dev.ledfleet.agent.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The order in which a LED chip expects the three colour bytes on the wire. WS2812B strands are
 * usually {@link #GRB}, APA102 usually {@link #BGR}; cheap clones vary, which is why it is a setting.
 */
public enum ColorOrder {
    RGB(16, 8, 0),
    RBG(16, 0, 8),
    GRB(8, 16, 0),
    GBR(8, 0, 16),
    BRG(0, 16, 8),
    BGR(0, 8, 16);

    private final int firstShift;
    private final int secondShift;
    private final int thirdShift;

    ColorOrder(int firstShift, int secondShift, int thirdShift) {
        this.firstShift = firstShift;
        this.secondShift = secondShift;
        this.thirdShift = thirdShift;
    }

    /** Parses {@code grb}, {@code GRB} and so on. */
    public static ColorOrder parse(String text) {
        if (text != null) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // Reported below with the list of valid orders.
            }
        }
        throw new IllegalArgumentException("unknown colour order '" + text + "'; expected one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** The byte sent first for packed {@code 0xRRGGBB}. */
    public int first(int rgb) {
        return (rgb >>> firstShift) & 0xff;
    }

    public int second(int rgb) {
        return (rgb >>> secondShift) & 0xff;
    }

    public int third(int rgb) {
        return (rgb >>> thirdShift) & 0xff;
    }

    /** Rebuilds packed {@code 0xRRGGBB} from the three bytes as they were sent. */
    public int pack(int first, int second, int third) {
        return ((first & 0xff) << firstShift) | ((second & 0xff) << secondShift) | ((third & 0xff) << thirdShift);
    }
}
