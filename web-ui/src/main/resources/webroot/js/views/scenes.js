// Scenes: a state for each of several devices or groups, applied with one tap.
import { h, uid } from '../dom.js';
import { get, post, del, enc } from '../api.js';
import { fleet, displayName } from '../fleet.js';
import { toast } from '../toast.js';
import { showResults } from './groups.js';
import { summary } from '../controls.js';

export function scenesView() {
  const list = h('div', { class: 'cards' });
  const el = h('div', {},
    h('div', { class: 'page-head' }, h('h2', {}, 'Scenes'), h('p', { class: 'lede' }, 'Several devices, each in its own state, with one tap.')),
    list);
  const form = createForm(load);
  el.append(form.el);

  async function load() {
    let scenes;
    try {
      scenes = await get('/api/scenes');
    } catch (e) {
      list.replaceChildren(h('p', { class: 'empty' }, `Scenes unavailable: ${e.message}`));
      return;
    }
    list.replaceChildren(...(scenes?.length ? scenes.map((s) => sceneCard(s, load)) : [h('p', { class: 'empty' }, 'No scenes yet.')]));
  }
  load();
  const onDevices = () => form.refresh();
  fleet.addEventListener('devices', onDevices);
  return { el, title: 'Scenes', destroy: () => fleet.removeEventListener('devices', onDevices) };
}

function sceneCard(scene, reload) {
  const results = h('ul', { class: 'results', 'aria-live': 'polite' });
  const apply = async () => {
    results.replaceChildren(h('li', { 'data-status': 'pending' }, 'Applying — waiting for the devices…'));
    try {
      const answer = await post(`/api/scenes/${enc(scene.name)}/apply`);
      showResults(results, answer?.members ?? answer?.targets ?? {}, scene.name);
    } catch (e) {
      results.replaceChildren(h('li', { 'data-status': 'failed' }, `Failed: ${e.message}`));
    }
  };
  return h('article', { class: 'card', 'data-scene': scene.name },
    h('div', { class: 'card-head' }, h('h3', {}, scene.name),
      h('button', { type: 'button', class: 'primary', onclick: apply }, 'Apply')),
    h('ul', { class: 'results muted' }, (scene.targets ?? []).map((t) => h('li', {}, describeTarget(t)))),
    results,
    h('div', { class: 'row' }, h('button', { type: 'button', class: 'small danger', onclick: async () => {
      if (!confirm(`Delete the scene “${scene.name}”?`)) return;
      try { await del(`/api/scenes/${enc(scene.name)}`); reload(); } catch (e) { toast(`Not deleted: ${e.message}`, 'error'); }
    } }, 'Delete')));
}

function describeTarget(t) {
  const who = t.device ? displayName(fleet.device(t.device)) || t.device : `group ${t.group}`;
  const what = t.preset ? `preset ${t.preset}` : summary(t.state);
  return `${who}: ${what}`;
}

function createForm(reload) {
  const nameId = uid('sn');
  const name = h('input', { id: nameId, type: 'text', placeholder: 'movie', autocomplete: 'off', maxLength: 64 });
  const picks = h('div', { class: 'form' });
  const render = () => {
    const keep = new Set([...picks.querySelectorAll('input:checked')].map((c) => c.value));
    const devices = fleet.sorted();
    picks.replaceChildren(...(devices.length ? devices.map((d) => {
      const id = uid('sd');
      return h('label', { class: 'check', for: id }, h('input', { id, type: 'checkbox', value: d.id, disabled: !d.reported, checked: keep.has(d.id) }),
        `${displayName(d)} — ${d.reported ? summary(d.reported) : 'nothing reported'}`);
    }) : [h('p', { class: 'muted' }, 'No devices known yet.')]));
  };
  render();
  // Groups join a scene with a preset, so the whole group takes the same named state.
  const groupPicks = h('div', { class: 'form' });
  Promise.all([get('/api/groups'), get('/api/presets')]).then(([groups, presets]) => {
    groupPicks.replaceChildren(...(groups ?? []).map((g) => {
      const id = uid('sg');
      return h('div', { class: 'field' }, h('label', { for: id }, `Group ${g.name}`),
        h('select', { id, 'data-group': g.name }, h('option', { value: '' }, 'not in this scene'),
          (presets ?? []).map((p) => h('option', { value: p.name }, `preset ${p.name}`))));
    }));
  }).catch(() => { /* groups stay out of new scenes; listed scenes still work */ });
  const form = h('form', { class: 'form' },
    h('p', { class: 'muted' }, 'A scene remembers what the chosen devices show right now.'),
    h('div', { class: 'field' }, h('label', { for: nameId }, 'Name'), name), picks, groupPicks,
    h('button', { type: 'submit', class: 'primary' }, 'Save scene'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const targets = [...picks.querySelectorAll('input:checked')].map((c) => {
      const r = fleet.device(c.value).reported;
      return { device: c.value, state: { power: r.power, brightness: r.brightness, effect: r.effect, params: r.params ?? {} } };
    });
    for (const select of groupPicks.querySelectorAll('select')) {
      if (select.value) targets.push({ group: select.dataset.group, preset: select.value });
    }
    if (!targets.length) { toast('Choose at least one device or group', 'error'); return; }
    try {
      await post('/api/scenes', { name: name.value.trim(), targets });
      toast(`Scene “${name.value.trim()}” saved`, 'ok');
      name.value = '';
      reload();
    } catch (err) {
      toast(`Not saved: ${err.message}`, 'error');
    }
  });
  return { el: h('section', { class: 'panel' }, h('h3', {}, 'New scene'), form), refresh: render };
}
