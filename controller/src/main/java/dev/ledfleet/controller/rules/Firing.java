package dev.ledfleet.controller.rules;

import java.util.List;

/**
 * One time a rule fired: when, why, and what each action gave, e.g.
 * {@code {"at":1764876000000,"cause":"mqtt home/hall/motion","outcome":"done","results":["scene hall: applied"]}}.
 * {@code outcome} is {@code running} until every action has settled, then {@code done} or {@code failed}.
 */
public record Firing(long seq, long at, String cause, String outcome, List<String> results) {

    public Firing {
        results = List.copyOf(results);
    }
}
