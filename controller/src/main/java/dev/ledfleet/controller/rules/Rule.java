package dev.ledfleet.controller.rules;

import java.util.List;

/**
 * An automation: when {@code trigger} fires and every condition holds, run the actions in order,
 * e.g. motion in the hall after sunset applies the scene {@code hall-night}.
 */
public record Rule(String id, String name, boolean enabled, Trigger trigger, List<Condition> conditions, List<Action> actions) {

    public Rule {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public Rule withEnabled(boolean on) {
        return new Rule(id, name, on, trigger, conditions, actions);
    }
}
