package dev.ledfleet.controller.button;

/** What a button gesture does, named on the wire as {@code next-favourite}, {@code brightness-ramp}... */
public sealed interface ButtonAction {

    /** The wire name, as in {@code {"action":"next-favourite"}}. */
    String wireName();

    /** Shows the next favourite effect (and switches on). */
    record NextFavourite() implements ButtonAction {
        public String wireName() {
            return "next-favourite";
        }
    }

    record PreviousFavourite() implements ButtonAction {
        public String wireName() {
            return "previous-favourite";
        }
    }

    record PowerToggle() implements ButtonAction {
        public String wireName() {
            return "power-toggle";
        }
    }

    /** One step brighter ({@code step} > 0) or dimmer. */
    record BrightnessStep(int step) implements ButtonAction {
        public String wireName() {
            return step >= 0 ? "brightness-up" : "brightness-down";
        }
    }

    /** For {@code hold}: every repeat steps the brightness; each new hold goes the other way. */
    record BrightnessRamp(int step) implements ButtonAction {
        public String wireName() {
            return "brightness-ramp";
        }
    }

    record ApplyPreset(String preset) implements ButtonAction {
        public String wireName() {
            return "preset";
        }
    }

    record ApplyScene(String scene) implements ButtonAction {
        public String wireName() {
            return "scene";
        }
    }

    /** The gesture does nothing. */
    record Nothing() implements ButtonAction {
        public String wireName() {
            return "none";
        }
    }
}
