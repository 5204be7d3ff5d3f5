package dev.ledfleet.controller.rules;

import dev.ledfleet.protocol.message.SetCommand;

/**
 * Converts set patches to and from plain maps with the protocol's validation; the controller backs it
 * with the protocol codec so the rules never see JSON libraries.
 */
public interface PatchCodec {

    /** Reads a patch, throwing {@code FleetException.invalid} with {@code path} and the field at fault. */
    SetCommand read(Object plain, String path);

    Object write(SetCommand patch);
}
