package dev.ledfleet.controller.button;

/**
 * One gesture's action and whom it drives: the pressing device when both {@code device} and
 * {@code group} are null, else that device or every member of that group.
 */
public record ButtonBinding(ButtonAction action, String device, String group) {

    public static ButtonBinding self(ButtonAction action) {
        return new ButtonBinding(action, null, null);
    }
}
