package dev.ledfleet.controller.fleet;

import java.util.List;

/** A named set of devices commanded together, e.g. {@code downstairs = [fiber-lamp, pixel-grid]}. */
public record Group(String name, List<String> members) {

    public Group {
        members = List.copyOf(members);
    }
}
