package dev.ledfleet.controller.rules;

import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.protocol.Names;
import java.util.List;
import java.util.Set;

/**
 * Refuses a rule that could never work, with the reason and the field at fault: an unknown device,
 * group, scene or preset, a target that names both a device and a group, no actions at all.
 */
public final class RuleValidator {

    static final int MAX_ACTIONS = 20;
    static final int MAX_PAYLOAD = 64 * 1024;

    private final KnownNames known;
    private final Set<String> reserved;

    /**
     * {@code reserved} are the filters the controller subscribes to itself; a rule cannot take one
     * over (its messages would be lost to the controller), only a narrower or wider filter.
     */
    public RuleValidator(KnownNames known, Set<String> reserved) {
        this.known = known;
        this.reserved = Set.copyOf(reserved);
    }

    public void check(Rule rule) {
        if (!Names.isTopicLevel(rule.id())) {
            throw FleetException.invalid("id", "must match [a-z0-9][a-z0-9_-]{0,63}, got "
                    + (rule.id() == null ? "nothing" : '"' + rule.id() + '"'));
        }
        if (rule.name() != null && rule.name().length() > 100) {
            throw FleetException.invalid("name", "must be at most 100 characters");
        }
        checkTrigger(rule.trigger());
        for (int i = 0; i < rule.conditions().size(); i++) {
            checkCondition(rule.conditions().get(i), "conditions[" + i + "]");
        }
        List<Action> actions = rule.actions();
        if (actions.isEmpty()) {
            throw FleetException.invalid("actions", "a rule needs at least one action");
        }
        if (actions.size() > MAX_ACTIONS) {
            throw FleetException.invalid("actions", "a rule may have at most " + MAX_ACTIONS + " actions");
        }
        for (int i = 0; i < actions.size(); i++) {
            checkAction(actions.get(i), "actions[" + i + "]");
        }
    }

    private void checkTrigger(Trigger trigger) {
        if (trigger instanceof Trigger.Mqtt m && reserved.contains(m.topic().value())) {
            throw FleetException.invalid("trigger.topic", "the controller itself listens to \"" + m.topic().value()
                    + "\"; use a connectivity or button trigger, or a narrower topic");
        }
        if (trigger instanceof Trigger.Button b) {
            device(b.device(), "trigger.device");
            if (b.button() != null && b.button() < 1) {
                throw FleetException.invalid("trigger.button", "buttons are numbered from 1");
            }
        } else if (trigger instanceof Trigger.Connectivity c) {
            device(c.device(), "trigger.device");
        }
    }

    private void checkCondition(Condition condition, String path) {
        if (condition instanceof Condition.DeviceState s) {
            device(s.device(), path + ".device");
        } else if (condition instanceof Condition.TimeWindow w && w.from().equals(w.to())) {
            throw FleetException.invalid(path, "the window from " + w.from() + " to " + w.to() + " is empty");
        }
    }

    private void checkAction(Action action, String path) {
        if (action instanceof Action.SetState s) {
            target(s.device(), s.group(), path);
            if (s.patch() == null || s.patch().isEmpty()) {
                throw FleetException.invalid(path + ".state", "the patch is empty");
            }
        } else if (action instanceof Action.ApplyScene s) {
            if (!known.hasScene(s.scene())) {
                throw FleetException.invalid(path + ".scene", "no scene named '" + s.scene() + "'");
            }
        } else if (action instanceof Action.ApplyPreset p) {
            if (!known.hasPreset(p.preset())) {
                throw FleetException.invalid(path + ".preset", "no preset named '" + p.preset() + "'");
            }
            target(p.device(), p.group(), path);
        } else if (action instanceof Action.Publish p) {
            if (p.topic().contains("+") || p.topic().contains("#") || p.topic().indexOf('\0') >= 0) {
                throw FleetException.invalid(path + ".topic", "a topic to publish on must not contain + or #");
            }
            if (p.payload().length() > MAX_PAYLOAD) {
                throw FleetException.invalid(path + ".payload", "must be at most " + MAX_PAYLOAD / 1024 + " KiB");
            }
        }
    }

    private void target(String device, String group, String path) {
        if ((device == null) == (group == null)) {
            throw FleetException.invalid(path, "name exactly one of 'device' or 'group'");
        }
        if (device != null) {
            device(device, path + ".device");
        } else if (!known.hasGroup(group)) {
            throw FleetException.invalid(path + ".group", "no group named '" + group + "'");
        }
    }

    private void device(String id, String path) {
        if (!known.hasDevice(id)) {
            throw FleetException.invalid(path, "no device '" + id + "' has been seen");
        }
    }
}
