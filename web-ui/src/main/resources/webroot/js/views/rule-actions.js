// What a rule does: set a device or group, apply a scene or preset, publish an MQTT message.
import { h, uid } from '../dom.js';
import { fleet } from '../fleet.js';
import { paramForm } from '../params.js';
import { textField, selectField, targetOptions, targetValue, targetOf, itemBox } from './rule-fields.js';

export const ACTION_KINDS = [
  ['set', 'Set a device or group'],
  ['scene', 'Apply a scene'],
  ['preset', 'Apply a preset'],
  ['publish', 'Publish an MQTT message'],
];

/** One action's editor: `{el, value()}`; `path` is its place in the rule, e.g. `actions[0]`. */
export function actionEditor(action, path, names, onRemove) {
  const title = ACTION_KINDS.find(([k]) => k === action.type)?.[1] ?? action.type;
  const parts = {
    set: setEditor, scene: sceneEditor, preset: presetEditor, publish: publishEditor,
  }[action.type](action, path, names);
  const el = itemBox(title, onRemove, parts.el);
  el.dataset.action = action.type;
  return { el, value: () => ({ type: action.type, ...parts.value() }) };
}

function sceneEditor(action, path, names) {
  const scene = selectField('Scene', `${path}.scene`, names.scenes.map((s) => [s, s]), action.scene);
  return { el: scene, value: () => ({ scene: scene.input.value }) };
}

function presetEditor(action, path, names) {
  const preset = selectField('Preset', `${path}.preset`, names.presets.map((p) => [p, p]), action.preset);
  const target = selectField('On', `${path}.device`, targetOptions(names.groups), targetValue(action));
  return { el: h('div', { class: 'form' }, preset, target), value: () => ({ preset: preset.input.value, ...targetOf(target.input.value) }) };
}

function publishEditor(action, path) {
  const topic = textField('Topic', `${path}.topic`, action.topic, { placeholder: 'home/hall/lights', autocapitalize: 'off' });
  const payload = textField('Payload (text)', `${path}.payload`, action.payload, { placeholder: 'on' });
  const retainedId = uid('rr');
  const retained = h('input', { id: retainedId, type: 'checkbox', checked: Boolean(action.retained), 'data-field': `${path}.retained` });
  return {
    el: h('div', { class: 'form' }, topic, payload, h('label', { class: 'check', for: retainedId }, retained, 'Retained')),
    value: () => ({ topic: topic.input.value.trim(), payload: payload.input.value, retained: retained.checked }),
  };
}

// A compact set patch editor: target, power, brightness, and an effect with the catalog's own controls.
function setEditor(action, path, names) {
  const state = action.state ?? {};
  const target = selectField('On', `${path}.device`, targetOptions(names.groups), targetValue(action));
  const power = selectField('Power', `${path}.state.power`,
    [['', 'leave as it is'], ['true', 'on'], ['false', 'off'], ['toggle', 'toggle']], state.power === undefined ? '' : String(state.power));
  const brightness = textField('Brightness 0–255 (empty: leave)', `${path}.state.brightness`, state.brightness ?? '',
    { type: 'number', min: 0, max: 255, inputMode: 'numeric' });
  const paramsHolder = h('div', { 'data-field': `${path}.state.params` });
  let form = null;
  const showParams = () => {
    const spec = fleet.effectById.get(effect.input.value);
    form = spec ? paramForm(spec, effect.input.value === state.effect ? state.params : null, () => {}) : null;
    paramsHolder.replaceChildren(...(form ? [form.el] : []));
  };
  const effect = selectField('Effect', `${path}.state.effect`,
    [['', 'leave as it is'], ...fleet.effects.map((e) => [e.id, e.name])], state.effect ?? '', showParams);
  const transition = textField('Transition in ms (empty: default)', `${path}.state.transitionMs`, state.transitionMs ?? '',
    { type: 'number', min: 0, max: 60000, inputMode: 'numeric' });
  showParams();
  return {
    el: h('div', { class: 'form' }, target, power, brightness, effect, paramsHolder, transition),
    value() {
      const patch = {};
      const p = power.input.value;
      if (p) patch.power = p === 'toggle' ? 'toggle' : p === 'true';
      if (brightness.input.value !== '') patch.brightness = Number(brightness.input.value);
      if (effect.input.value) {
        patch.effect = effect.input.value;
        patch.params = form?.values() ?? {};
      }
      if (transition.input.value !== '') patch.transitionMs = Number(transition.input.value);
      return { ...targetOf(target.input.value), state: patch };
    },
  };
}
