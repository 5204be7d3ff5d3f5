package dev.ledfleet.protocol.message;

/**
 * A message that was refused, with the field at fault (a JSON path such as {@code params.speed}, or
 * empty for the payload as a whole) and what was wrong with it, in words fit for an error topic or
 * an HTTP 4xx body.
 */
public final class InvalidMessageException extends Exception {

    private final String field;
    private final String problem;

    public InvalidMessageException(String field, String problem) {
        super(field == null || field.isEmpty() ? problem : field + ": " + problem, null, false, false);
        this.field = field == null ? "" : field;
        this.problem = problem;
    }

    /** The JSON path of the offending field, or {@code ""} when the payload as a whole is at fault. */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
