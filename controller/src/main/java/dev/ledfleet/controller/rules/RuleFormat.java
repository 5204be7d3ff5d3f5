package dev.ledfleet.controller.rules;

import dev.ledfleet.controller.fleet.FleetException;
import dev.ledfleet.protocol.message.ButtonGesture;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rules as plain maps, the shape of docs/api.md and of the {@code rules} section of the stored
 * configuration. Reading checks the structure; {@link RuleValidator} checks what the rule refers to.
 */
public final class RuleFormat {

    private final PatchCodec patches;

    public RuleFormat(PatchCodec patches) {
        this.patches = patches;
    }

    public Rule read(Object plain, String id) {
        ConfigObject o = ConfigObject.of(plain, "");
        String ruleId = id != null ? id : o.text("id");
        String name = o.text("name");
        Trigger trigger = trigger(o.object("trigger"));
        List<Condition> conditions = new ArrayList<>();
        for (ConfigObject c : o.objects("conditions")) {
            conditions.add(condition(c));
        }
        List<Action> actions = new ArrayList<>();
        for (ConfigObject a : o.objects("actions")) {
            actions.add(action(a));
        }
        return new Rule(ruleId, name == null ? ruleId : name, o.bool("enabled", true), trigger, conditions, actions);
    }

    public Map<String, Object> write(Rule rule) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", rule.id());
        out.put("name", rule.name());
        out.put("enabled", rule.enabled());
        out.put("trigger", write(rule.trigger()));
        out.put("conditions", rule.conditions().stream().map(this::write).toList());
        out.put("actions", rule.actions().stream().map(this::write).toList());
        return out;
    }

    private Trigger trigger(ConfigObject t) {
        String type = t.requiredText("type");
        return switch (type) {
            case "mqtt" -> {
                String filter = t.requiredText("topic");
                String problem = TopicFilter.problem(filter);
                if (problem != null) {
                    throw FleetException.invalid(t.at("topic"), problem);
                }
                if (t.has("payload") && t.has("field")) {
                    throw FleetException.invalid(t.at("field"), "match either the whole 'payload' or one JSON 'field', not both");
                }
                if (t.has("field") != t.has("value")) {
                    throw FleetException.invalid(t.at(t.has("field") ? "value" : "field"), "'field' and 'value' go together");
                }
                yield new Trigger.Mqtt(new TopicFilter(filter), t.text("payload"), t.text("field"), t.text("value"));
            }
            case "button" -> new Trigger.Button(t.requiredText("device"), gesture(t), t.integer("button"));
            case "connectivity" -> {
                String status = t.requiredText("status");
                if (!status.equals("online") && !status.equals("offline")) {
                    throw FleetException.invalid(t.at("status"), "must be \"online\" or \"offline\", got \"" + status + '"');
                }
                yield new Trigger.Connectivity(t.requiredText("device"), status.equals("online"));
            }
            case "time" -> new Trigger.TimeOfDay(time(t, "at"));
            case "cron" -> {
                try {
                    yield new Trigger.Cron(CronSchedule.parse(t.requiredText("cron")));
                } catch (IllegalArgumentException e) {
                    throw FleetException.invalid(t.at("cron"), e.getMessage());
                }
            }
            default -> throw FleetException.invalid(t.at("type"),
                    "unknown trigger type \"" + type + "\"; use mqtt, button, connectivity, time or cron");
        };
    }

    private Condition condition(ConfigObject c) {
        String type = c.requiredText("type");
        return switch (type) {
            case "state" -> {
                Condition.Property property = property(c);
                String opText = c.text("op") == null ? "==" : c.text("op");
                Condition.Comparison op = null;
                for (Condition.Comparison candidate : Condition.Comparison.values()) {
                    if (candidate.symbol().equals(opText)) {
                        op = candidate;
                    }
                }
                if (op == null) {
                    throw FleetException.invalid(c.at("op"), "must be one of ==, !=, <, <=, >, >=; got \"" + opText + '"');
                }
                if (op.ordering() && property != Condition.Property.BRIGHTNESS) {
                    throw FleetException.invalid(c.at("op"), "only brightness can be compared with " + opText);
                }
                String value = c.requiredText("value");
                if (property == Condition.Property.BRIGHTNESS && !value.matches("\\d{1,3}")) {
                    throw FleetException.invalid(c.at("value"), "brightness is a whole number 0-255, got \"" + value + '"');
                }
                if (property == Condition.Property.POWER && !value.equals("true") && !value.equals("false")) {
                    throw FleetException.invalid(c.at("value"), "power is true or false, got \"" + value + '"');
                }
                yield new Condition.DeviceState(c.requiredText("device"), property, op, value);
            }
            case "time-window" -> new Condition.TimeWindow(time(c, "from"), time(c, "to"));
            default -> throw FleetException.invalid(c.at("type"), "unknown condition type \"" + type + "\"; use state or time-window");
        };
    }

    private Action action(ConfigObject a) {
        String type = a.requiredText("type");
        return switch (type) {
            case "set" -> new Action.SetState(a.text("device"), a.text("group"), patches.read(a.raw("state"), a.at("state")));
            case "scene" -> new Action.ApplyScene(a.requiredText("scene"));
            case "preset" -> new Action.ApplyPreset(a.requiredText("preset"), a.text("device"), a.text("group"));
            case "publish" -> {
                Object payload = a.raw("payload");
                if (payload instanceof Map || payload instanceof List) {
                    throw FleetException.invalid(a.at("payload"), "must be text; put JSON in a string");
                }
                yield new Action.Publish(a.requiredText("topic"), payload == null ? "" : payload.toString(), a.bool("retained", false));
            }
            default -> throw FleetException.invalid(a.at("type"), "unknown action type \"" + type + "\"; use set, scene, preset or publish");
        };
    }

    private static Condition.Property property(ConfigObject c) {
        String text = c.requiredText("property");
        try {
            return Condition.Property.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw FleetException.invalid(c.at("property"), "must be power, effect or brightness, got \"" + text + '"');
        }
    }

    private static ButtonGesture gesture(ConfigObject t) {
        String text = t.requiredText("gesture");
        return ButtonGesture.fromWire(text).orElseThrow(() ->
                FleetException.invalid(t.at("gesture"), "must be click, double, long, hold or release, got \"" + text + '"'));
    }

    private static LocalTime time(ConfigObject o, String field) {
        String text = o.requiredText(field);
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw FleetException.invalid(o.at(field), "must be a time of day like 07:30, got \"" + text + '"');
        }
    }

    private Map<String, Object> write(Trigger trigger) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (trigger instanceof Trigger.Mqtt m) {
            out.put("type", "mqtt");
            out.put("topic", m.topic().value());
            putIf(out, "payload", m.payload());
            putIf(out, "field", m.field());
            putIf(out, "value", m.value());
        } else if (trigger instanceof Trigger.Button b) {
            out.put("type", "button");
            out.put("device", b.device());
            out.put("gesture", b.gesture().wireName());
            putIf(out, "button", b.button());
        } else if (trigger instanceof Trigger.Connectivity c) {
            out.put("type", "connectivity");
            out.put("device", c.device());
            out.put("status", c.online() ? "online" : "offline");
        } else if (trigger instanceof Trigger.TimeOfDay t) {
            out.put("type", "time");
            out.put("at", t.at().toString());
        } else if (trigger instanceof Trigger.Cron c) {
            out.put("type", "cron");
            out.put("cron", c.schedule().expression());
        }
        return out;
    }

    private Map<String, Object> write(Condition condition) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (condition instanceof Condition.DeviceState s) {
            out.put("type", "state");
            out.put("device", s.device());
            out.put("property", s.property().name().toLowerCase(Locale.ROOT));
            out.put("op", s.op().symbol());
            out.put("value", s.value());
        } else if (condition instanceof Condition.TimeWindow w) {
            out.put("type", "time-window");
            out.put("from", w.from().toString());
            out.put("to", w.to().toString());
        }
        return out;
    }

    private Map<String, Object> write(Action action) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (action instanceof Action.SetState s) {
            out.put("type", "set");
            putIf(out, "device", s.device());
            putIf(out, "group", s.group());
            out.put("state", patches.write(s.patch()));
        } else if (action instanceof Action.ApplyScene s) {
            out.put("type", "scene");
            out.put("scene", s.scene());
        } else if (action instanceof Action.ApplyPreset p) {
            out.put("type", "preset");
            out.put("preset", p.preset());
            putIf(out, "device", p.device());
            putIf(out, "group", p.group());
        } else if (action instanceof Action.Publish p) {
            out.put("type", "publish");
            out.put("topic", p.topic());
            out.put("payload", p.payload());
            out.put("retained", p.retained());
        }
        return out;
    }

    private static void putIf(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
