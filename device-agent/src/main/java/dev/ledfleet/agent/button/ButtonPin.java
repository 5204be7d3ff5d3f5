package dev.ledfleet.agent.button;

import java.util.Locale;

/**
 * A button on a GPIO line, as given to {@code --button-pin}:
 * {@code [gpiochipN:]LINE[:pull-up|pull-down|no-pull][:active-low|active-high]}, for example
 * {@code 17} or {@code gpiochip0:17:pull-up:active-low}. The default suits a push button between the
 * pin and ground: internal pull-up, pressed when the line reads low.
 */
public record ButtonPin(String chip, int line, Pull pull, boolean activeLow) {

    /** The line bias the kernel should set. */
    public enum Pull { UP, DOWN, NONE }

    public static ButtonPin parse(String text) {
        String chip = "gpiochip0";
        Integer line = null;
        Pull pull = Pull.UP;
        boolean activeLow = true;
        for (String part : text.trim().split(":")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("gpiochip")) {
                chip = p;
            } else if (p.matches("\\d{1,4}")) {
                line = Integer.parseInt(p);
            } else {
                switch (p) {
                    case "pull-up" -> pull = Pull.UP;
                    case "pull-down" -> pull = Pull.DOWN;
                    case "no-pull" -> pull = Pull.NONE;
                    case "active-low" -> activeLow = true;
                    case "active-high" -> activeLow = false;
                    default -> throw new IllegalArgumentException("button pin '" + text + "': cannot read '" + part
                            + "'; expected [gpiochipN:]LINE[:pull-up|pull-down|no-pull][:active-low|active-high]");
                }
            }
        }
        if (line == null) {
            throw new IllegalArgumentException("button pin '" + text + "' has no line number, e.g. 17 for GPIO17");
        }
        return new ButtonPin(chip, line, pull, activeLow);
    }
}
