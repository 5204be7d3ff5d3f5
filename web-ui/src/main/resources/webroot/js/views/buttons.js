// Buttons: what each gesture on each device's physical button does, and changing it.
import { h, uid } from '../dom.js';
import { get, put, del, enc } from '../api.js';
import { fleet, displayName } from '../fleet.js';
import { toast } from '../toast.js';

const GESTURES = [
  ['click', 'Click'],
  ['double', 'Double click'],
  ['long', 'Long press'],
  ['hold', 'Hold'],
];
const ACTIONS = [
  ['next-favourite', 'Next favourite'],
  ['previous-favourite', 'Previous favourite'],
  ['power-toggle', 'Power on/off'],
  ['brightness-ramp', 'Brightness ramp'],
  ['brightness-up', 'Brighter'],
  ['brightness-down', 'Dimmer'],
  ['preset', 'Apply a preset'],
  ['scene', 'Apply a scene'],
  ['none', 'Nothing'],
];
// The mapping every device starts with (issue: buttons), shown when the controller cannot tell us more.
const DEFAULTS = {
  click: { type: 'next-favourite' },
  double: { type: 'previous-favourite' },
  long: { type: 'power-toggle' },
  hold: { type: 'brightness-ramp' },
};

export function buttonsView() {
  const list = h('div', { class: 'cards' });
  const el = h('div', {},
    h('div', { class: 'page-head' }, h('h2', {}, 'Buttons'), h('p', { class: 'lede' }, 'What each press does, device by device.')),
    list);
  let names = { presets: [], scenes: [], groups: [] };

  async function load() {
    const [presets, scenes, groups] = await Promise.all(['/api/presets', '/api/scenes', '/api/groups']
      .map((p) => get(p).catch(() => [])));
    names = { presets: presets.map((p) => p.name), scenes: scenes.map((s) => s.name), groups: groups.map((g) => g.name) };
    const devices = fleet.sorted();
    list.replaceChildren(...(devices.length ? devices.map((d) => deviceButtons(d, names)) : [h('p', { class: 'empty' }, 'No devices known yet.')]));
  }
  load();
  const onDevices = () => load();
  fleet.addEventListener('devices', onDevices);
  return { el, title: 'Buttons', destroy: () => fleet.removeEventListener('devices', onDevices) };
}

function deviceButtons(device, names) {
  const body = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
  const card = h('article', { class: 'card', 'data-buttons': device.id },
    h('div', { class: 'card-head' }, h('h3', {}, displayName(device)), h('span', { class: 'muted' }, buttonCount(device) ? `${buttonCount(device)} button${buttonCount(device) > 1 ? 's' : ''}` : 'no buttons reported')),
    body);
  show();

  async function show() {
    let mapping;
    try {
      mapping = await get(`/api/devices/${enc(device.id)}/buttons`);
    } catch (e) {
      if ([405, 501].includes(e.status)) {
        body.replaceChildren(
          h('p', { class: 'note' }, 'This controller does not offer button mappings yet, so these are the defaults every device starts with. They cannot be changed here until it does.'),
          readOnly(device));
      } else {
        body.replaceChildren(h('p', { class: 'note' }, `Button mapping unavailable: ${e.message}`));
      }
      return;
    }
    body.replaceChildren(editor(device, mapping, names, show));
  }
  return card;
}

function buttonCount(device) {
  return device.info?.buttons ?? 1;
}

function readOnly(device) {
  return h('table', { class: 'gestures' },
    h('caption', { class: 'visually-hidden' }, `Default button actions of ${displayName(device)}`),
    h('tbody', {}, GESTURES.map(([g, label]) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, actionLabel(DEFAULTS[g]))))));
}

function actionLabel(action) {
  const base = ACTIONS.find(([t]) => t === action?.type)?.[1] ?? action?.type ?? 'Nothing';
  if (action?.type === 'preset') return `${base}: ${action.preset}`;
  if (action?.type === 'scene') return `${base}: ${action.scene}`;
  return base;
}

function editor(device, mapping, names, reload) {
  const count = Math.max(1, mapping.buttons ?? buttonCount(device));
  const rows = [];
  const tables = [];
  for (let button = 1; button <= count; button++) {
    const trs = GESTURES.map(([gesture, label]) => {
      const current = mapping.mappings?.find((m) => (m.button ?? 1) === button && m.gesture === gesture)
        ?? { button, gesture, action: DEFAULTS[gesture] };
      const row = gestureRow(device, button, gesture, label, current, names);
      rows.push(row);
      return row.el;
    });
    tables.push(h('table', { class: 'gestures' },
      h('caption', { class: count > 1 ? 'muted' : 'visually-hidden' }, `Button ${button}`),
      h('tbody', {}, trs)));
  }
  const problem = h('p', { class: 'note bad', role: 'alert', hidden: true });
  const save = async () => {
    try {
      await put(`/api/devices/${enc(device.id)}/buttons`, { mappings: rows.map((r) => r.value()) });
      toast(`Buttons of ${displayName(device)} saved`, 'ok');
      reload();
    } catch (e) {
      problem.textContent = `Not saved: ${e.message}${e.field ? ` (${e.field})` : ''}`;
      problem.hidden = false;
    }
  };
  const reset = async () => {
    try {
      await del(`/api/devices/${enc(device.id)}/buttons`);
      toast('Defaults restored', 'ok');
      reload();
    } catch (e) {
      toast(`Not reset: ${e.message}`, 'error');
    }
  };
  return h('div', { class: 'form' }, tables, problem,
    mapping.default ? h('p', { class: 'muted' }, 'These are the defaults.') : null,
    h('div', { class: 'row wrap' }, h('button', { type: 'button', class: 'primary', onclick: save, 'data-save-buttons': device.id }, 'Save'),
      h('button', { type: 'button', onclick: reset, disabled: Boolean(mapping.default) }, 'Restore defaults')));
}

function gestureRow(device, button, gesture, label, current, names) {
  const actionId = uid('ga');
  const action = h('select', { id: actionId, 'aria-label': `${label}: action`, 'data-gesture': `${button}:${gesture}` },
    ACTIONS.map(([t, text]) => h('option', { value: t, selected: current.action?.type === t }, text)));
  const argument = h('select', { 'aria-label': `${label}: which one` });
  const target = h('select', { 'aria-label': `${label}: acts on`, 'data-target': `${button}:${gesture}` },
    h('option', { value: '' }, 'on this device'),
    fleet.sorted().filter((d) => d.id !== device.id).map((d) => h('option', { value: `device:${d.id}`, selected: current.target?.device === d.id }, `on ${displayName(d)}`)),
    names.groups.map((g) => h('option', { value: `group:${g}`, selected: current.target?.group === g }, `on group ${g}`)));
  const fillArgument = () => {
    const type = action.value;
    const options = type === 'preset' ? names.presets : type === 'scene' ? names.scenes : [];
    argument.hidden = !options.length && type !== 'preset' && type !== 'scene';
    argument.replaceChildren(...(options.length ? options.map((n) => h('option', { value: n, selected: current.action?.[type] === n }, n))
      : [h('option', { value: '' }, `no ${type}s yet`)]));
    target.hidden = type === 'scene' || type === 'none';
  };
  action.addEventListener('change', fillArgument);
  fillArgument();
  const el = h('tr', {}, h('th', { scope: 'row' }, h('label', { for: actionId }, label)),
    h('td', {}, h('div', { class: 'form' }, action, argument, target)));
  return {
    el,
    value() {
      const a = { type: action.value };
      // The step is not editable here; keep the one the controller has rather than resetting it.
      if (a.type === current.action?.type && current.action?.step) a.step = current.action.step;
      if (a.type === 'preset' || a.type === 'scene') a[a.type] = argument.value;
      const m = { button, gesture, action: a };
      const [kind, name] = target.value.split(/:(.*)/s);
      if (!target.hidden && kind) m.target = { [kind]: name };
      return m;
    },
  };
}
