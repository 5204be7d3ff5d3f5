// Creating and editing one rule: a trigger, optional conditions, actions. A refusal shows the
// controller's reason above the form and marks the input it names.
import { h, uid } from '../dom.js';
import { post, put, enc } from '../api.js';
import { toast } from '../toast.js';
import { textField, selectField, deviceOptions, itemBox } from './rule-fields.js';
import { actionEditor, ACTION_KINDS } from './rule-actions.js';

export const TRIGGER_KINDS = [
  ['mqtt', 'An MQTT message arrives'],
  ['button', 'A device button is pressed'],
  ['connectivity', 'A device goes online or offline'],
  ['time', 'Every day at a time'],
  ['cron', 'On a cron schedule'],
];
const GESTURES = [['click', 'click'], ['double', 'double click'], ['long', 'long press'], ['hold', 'hold'], ['release', 'release']];

/** `rule` null for a new one; `onSaved(rule)` after the controller accepted it. */
export function ruleForm(rule, names, onSaved, onCancel) {
  const editing = Boolean(rule?.id);
  const errorId = uid('re');
  const error = h('p', { id: errorId, class: 'note bad', role: 'alert', hidden: true, 'data-rule-error': '' });
  const name = textField('Name', 'name', rule?.name, { placeholder: 'Hall at night', maxLength: 80, required: true });
  const trigger = triggerEditor(rule?.trigger ?? { type: 'mqtt' }, names);
  const conditions = listEditor('conditions', rule?.conditions ?? [], CONDITION_KINDS, (c, path, remove) => conditionEditor(c, path, remove));
  const actions = listEditor('actions', rule?.actions ?? [{ type: 'set' }], ACTION_KINDS, (a, path, remove) => actionEditor(a, path, names, remove));
  const enabledId = uid('ren');
  const enabled = h('input', { id: enabledId, type: 'checkbox', checked: rule?.enabled ?? true });

  const form = h('form', { class: 'form', 'data-rule-form': rule?.id ?? 'new', novalidate: true },
    error, name,
    h('fieldset', { class: 'group', 'data-field': 'trigger' }, h('legend', {}, 'When'), trigger.el),
    h('fieldset', { class: 'group', 'data-field': 'conditions' }, h('legend', {}, 'Only if (optional)'), conditions.el),
    h('fieldset', { class: 'group', 'data-field': 'actions' }, h('legend', {}, 'Then'), actions.el),
    h('label', { class: 'check', for: enabledId }, enabled, 'Enabled'),
    h('div', { class: 'row wrap' },
      h('button', { type: 'submit', class: 'primary' }, editing ? 'Save rule' : 'Create rule'),
      h('button', { type: 'button', onclick: onCancel }, 'Cancel')));

  const value = () => ({
    ...(editing ? { id: rule.id } : {}),
    name: name.input.value.trim(),
    enabled: enabled.checked,
    trigger: trigger.value(),
    conditions: conditions.value(),
    actions: actions.value(),
  });

  function refuse(e) {
    for (const bad of form.querySelectorAll('[aria-invalid]')) {
      bad.removeAttribute('aria-invalid');
      bad.removeAttribute('aria-describedby');
    }
    error.textContent = `Not saved: ${e.message}${e.field ? ` (at ${e.field})` : ''}`;
    error.hidden = false;
    const at = fieldAt(form, e.field);
    if (at) {
      at.setAttribute('aria-invalid', 'true');
      at.setAttribute('aria-describedby', errorId);
    }
    error.scrollIntoView({ block: 'center' });
    (at && at.matches('input, select') ? at : error).focus?.();
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const saved = editing ? await put(`/api/rules/${enc(rule.id)}`, value()) : await post('/api/rules', value());
      toast(`Rule “${saved.name}” saved`, 'ok');
      onSaved(saved);
    } catch (err) {
      refuse(err);
    }
  });
  error.tabIndex = -1;
  return { el: form, focus: () => name.input.focus() };
}

// The input whose `data-field` is the longest prefix of the controller's path (`actions[0].state.params.speed`).
function fieldAt(form, path) {
  if (!path) return null;
  let best = null;
  for (const el of form.querySelectorAll('[data-field]')) {
    const f = el.dataset.field;
    if ((path === f || path.startsWith(`${f}.`) || path.startsWith(`${f}[`)) && (!best || f.length > best.dataset.field.length)) best = el;
  }
  return best;
}

function triggerEditor(initial, names) {
  const holder = h('div', { class: 'form' });
  let current = { value: () => ({}) };
  const kind = selectField('Trigger', 'trigger.type', TRIGGER_KINDS, initial.type, () => render({ type: kind.input.value }));
  function render(t) {
    current = triggerFields(t);
    holder.replaceChildren(current.el);
  }
  render(initial);
  return { el: h('div', { class: 'form' }, kind, holder), value: () => ({ type: kind.input.value, ...current.value() }) };
}

function triggerFields(t) {
  switch (t.type) {
    case 'mqtt': {
      const topic = textField('Topic filter (+ and # allowed)', 'trigger.topic', t.topic, { placeholder: 'home/hall/motion', autocapitalize: 'off' });
      const match = selectField('Payload', 'trigger.match', [['', 'any payload'], ['payload', 'payload is exactly'], ['field', 'a JSON field equals']],
        t.field ? 'field' : t.payload !== undefined ? 'payload' : '', () => show());
      const payload = textField('Payload text', 'trigger.payload', t.payload, { placeholder: 'on' });
      const field = textField('JSON field (dot path)', 'trigger.field', t.field, { placeholder: 'occupancy', autocapitalize: 'off' });
      const value = textField('Field value', 'trigger.value', t.value, { placeholder: 'true' });
      const show = () => {
        payload.hidden = match.input.value !== 'payload';
        field.hidden = value.hidden = match.input.value !== 'field';
      };
      show();
      return {
        el: h('div', { class: 'form' }, topic, match, payload, field, value),
        value() {
          const out = { topic: topic.input.value.trim() };
          if (match.input.value === 'payload') out.payload = payload.input.value;
          if (match.input.value === 'field') Object.assign(out, { field: field.input.value.trim(), value: value.input.value });
          return out;
        },
      };
    }
    case 'button': {
      const device = selectField('Device', 'trigger.device', deviceOptions(), t.device);
      const gesture = selectField('Gesture', 'trigger.gesture', GESTURES, t.gesture ?? 'click');
      const button = textField('Button number (empty: any)', 'trigger.button', t.button ?? '', { type: 'number', min: 1, inputMode: 'numeric' });
      return {
        el: h('div', { class: 'form' }, device, gesture, button),
        value: () => ({ device: device.input.value, gesture: gesture.input.value, ...(button.input.value ? { button: Number(button.input.value) } : {}) }),
      };
    }
    case 'connectivity': {
      const device = selectField('Device', 'trigger.device', deviceOptions(), t.device);
      const status = selectField('Goes', 'trigger.status', [['offline', 'offline'], ['online', 'online']], t.status ?? 'offline');
      return { el: h('div', { class: 'form' }, device, status), value: () => ({ device: device.input.value, status: status.input.value }) };
    }
    case 'time': {
      const at = textField('At (controller time)', 'trigger.at', t.at ?? '07:30', { type: 'time' });
      return { el: at, value: () => ({ at: at.input.value }) };
    }
    default: {
      const cron = textField('Cron: minute hour day month weekday', 'trigger.cron', t.cron ?? '0 7 * * mon-fri', { autocapitalize: 'off', spellcheck: false });
      return { el: cron, value: () => ({ cron: cron.input.value.trim() }) };
    }
  }
}

const CONDITION_KINDS = [['state', 'Device state'], ['time-window', 'Time window']];

function conditionEditor(c, path, onRemove) {
  if (c.type === 'time-window') {
    const from = textField('From', `${path}.from`, c.from ?? '22:00', { type: 'time' });
    const to = textField('Until', `${path}.to`, c.to ?? '06:00', { type: 'time' });
    const el = itemBox('Between two times', onRemove, h('div', { class: 'row' }, h('span', { class: 'grow' }, from), h('span', { class: 'grow' }, to)));
    return { el, value: () => ({ type: c.type, from: from.input.value, to: to.input.value }) };
  }
  const device = selectField('Device', `${path}.device`, deviceOptions(), c.device);
  const property = selectField('Property', `${path}.property`, [['power', 'power'], ['effect', 'effect'], ['brightness', 'brightness']], c.property ?? 'power');
  const op = selectField('Is', `${path}.op`, [['==', 'equal to'], ['!=', 'not equal to'], ['<', 'below'], ['<=', 'at most'], ['>', 'above'], ['>=', 'at least']], c.op ?? '==');
  const value = textField('Value (power: true/false)', `${path}.value`, c.value ?? 'true', { autocapitalize: 'off' });
  const el = itemBox('Device state', onRemove, h('div', { class: 'form' }, device, property, op, value));
  return { el, value: () => ({ type: 'state', device: device.input.value, property: property.input.value, op: op.input.value, value: value.input.value.trim() }) };
}

/** A growing list of conditions or actions, each with its editor, and one add button per kind. */
function listEditor(key, initial, kinds, make) {
  const items = h('div', { class: 'form' });
  let editors = [];
  const render = (values) => {
    editors = values.map((v, i) => {
      const editor = make(v, `${key}[${i}]`, () => render(current().filter((_, j) => j !== i)));
      editor.el.dataset.field = `${key}[${i}]`;
      return editor;
    });
    items.replaceChildren(...editors.map((e) => e.el));
  };
  const current = () => editors.map((e) => e.value());
  render(initial);
  const adders = h('div', { class: 'row wrap' }, kinds.map(([type, label]) => h('button', {
    type: 'button', class: 'small', 'data-add': `${key}:${type}`,
    onclick: () => { render([...current(), { type }]); editors[editors.length - 1].el.querySelector('select, input')?.focus(); },
  }, `+ ${label}`)));
  return { el: h('div', { class: 'form' }, items, adders), value: current };
}
