package dev.ledfleet.controller.http;

/** A request that ends with a status code and a message; mapped to a body by the failure handler. */
final class ApiException extends RuntimeException {

    private final int status;
    private final String field;
    private final String commandId;

    ApiException(int status, String field, String message, String commandId) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
        this.commandId = commandId;
    }

    static ApiException badRequest(String field, String message) {
        return new ApiException(400, field, message, null);
    }

    static ApiException unprocessable(String field, String message) {
        return new ApiException(422, field, message, null);
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }

    String commandId() {
        return commandId;
    }
}
