package dev.ledfleet.controller.fleet;

/** A request the fleet refuses; {@link Kind} tells the adapters which status code it deserves. */
public final class FleetException extends RuntimeException {

    /** Why the request was refused. */
    public enum Kind { NOT_FOUND, INVALID }

    private final Kind kind;
    private final String field;

    public FleetException(Kind kind, String field, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
    }

    public static FleetException notFound(String what, String name) {
        return new FleetException(Kind.NOT_FOUND, null, what + " '" + name + "' does not exist");
    }

    public static FleetException invalid(String field, String message) {
        return new FleetException(Kind.INVALID, field, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The JSON path at fault, or null. */
    public String field() {
        return field;
    }
}
