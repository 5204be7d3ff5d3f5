package dev.ledfleet.protocol.message;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why a device refused a command, on {@code <base>/<id>/error}:
 * {@code {"v":1,"commandId":"c-18","field":"params.speed","message":"must be a number from 0.001 to 10, got -1"}}.
 * {@code commandId} is absent when the refused payload had none (or could not be read at all).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandError(String commandId, String field, String message) implements DeviceReport {
}
