// The small labelled inputs the rule form is made of. Each carries `data-field`, the JSON path the
// controller names when it refuses a rule, so its reason can be shown at the input at fault.
import { h, uid } from '../dom.js';
import { fleet, displayName } from '../fleet.js';

/** A labelled input; `attrs` go to the input. Returns the wrapper with `.input` set. */
export function textField(label, field, value, attrs = {}) {
  const id = uid('rf');
  const input = h('input', { id, type: 'text', autocomplete: 'off', value: value ?? '', 'data-field': field, ...attrs });
  const el = h('div', { class: 'field' }, h('label', { for: id }, label), input);
  el.input = input;
  return el;
}

/** A labelled select over `[value, text]` pairs. */
export function selectField(label, field, options, value, onchange) {
  const id = uid('rf');
  const select = h('select', { id, 'data-field': field, onchange },
    options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
  // A stored rule may name something this page does not list (a device not seen since a restart).
  if (value && !options.some(([v]) => v === value)) select.append(h('option', { value, selected: true }, `${value} (unknown)`));
  const el = h('div', { class: 'field' }, h('label', { for: id }, label), select);
  el.input = select;
  return el;
}

export function deviceOptions() {
  return fleet.sorted().map((d) => [d.id, displayName(d)]);
}

/** Devices and groups in one list, as `device:<id>` / `group:<name>`. */
export function targetOptions(groups) {
  return [...deviceOptions(), ...groups.map((g) => [`group:${g}`, `Group ${g}`])]
    .map(([v, text]) => [v.startsWith('group:') ? v : `device:${v}`, text]);
}

export function targetValue(o) {
  if (o?.group) return `group:${o.group}`;
  if (o?.device) return `device:${o.device}`;
  return '';
}

/** `device:x` → `{device: "x"}`. */
export function targetOf(value) {
  const [kind, name] = String(value).split(/:(.*)/s);
  return kind && name ? { [kind]: name } : {};
}

/** A row inside a list of conditions or actions, with a remove button. */
export function itemBox(title, onRemove, ...children) {
  return h('fieldset', { class: 'item' },
    h('legend', {}, title),
    children,
    h('button', { type: 'button', class: 'small danger', 'aria-label': `Remove: ${title}`, onclick: onRemove }, 'Remove'));
}
