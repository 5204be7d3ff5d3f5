// Groups: devices switched together, in phase; each member's answer is shown on its own.
import { h, uid } from '../dom.js';
import { get, post, put, patch, del, enc } from '../api.js';
import { fleet, displayName } from '../fleet.js';
import { toast } from '../toast.js';

export function groupsView() {
  const list = h('div', { class: 'cards' });
  const el = h('div', {},
    h('div', { class: 'page-head' }, h('h2', {}, 'Groups'), h('p', { class: 'lede' }, 'Switch several devices at once, in step.')),
    list);
  const form = createForm(load);
  el.append(form.el);

  async function load() {
    let groups;
    try {
      groups = await get('/api/groups');
    } catch (e) {
      list.replaceChildren(h('p', { class: 'empty' }, `Groups unavailable: ${e.message}`));
      return;
    }
    list.replaceChildren(...(groups?.length ? groups.map((g) => groupCard(g, load)) : [h('p', { class: 'empty' }, 'No groups yet.')]));
  }
  load();
  const onDevices = () => { load(); form.refresh(); };
  fleet.addEventListener('devices', onDevices);
  return { el, title: 'Groups', destroy: () => fleet.removeEventListener('devices', onDevices) };
}

function groupCard(group, reload) {
  const results = h('ul', { class: 'results', 'aria-live': 'polite' });
  const briId = uid('gb');
  const fxId = uid('gfx');
  const bri = h('input', { id: briId, type: 'range', min: 0, max: 255, value: 128 });
  const fx = h('select', { id: fxId }, fleet.effects.map((e) => h('option', { value: e.id }, e.name)));
  const members = h('div', { class: 'form' }, memberChecks(group.members));

  async function command(setPatch, label) {
    results.replaceChildren(...group.members.map((m) => h('li', { 'data-status': 'pending' }, `${nameOf(m)}: ${label} — waiting…`)));
    try {
      const answer = await patch(`/api/groups/${enc(group.name)}/state`, setPatch);
      showResults(results, answer?.members ?? {}, label);
    } catch (e) {
      results.replaceChildren(h('li', { 'data-status': 'failed' }, `${label} failed: ${e.message}`));
    }
  }

  bri.addEventListener('change', () => command({ brightness: Number(bri.value) }, `Brightness ${Math.round(bri.value / 2.55)}%`));
  return h('article', { class: 'card', 'data-group': group.name },
    h('div', { class: 'card-head' }, h('h3', {}, group.name), h('span', { class: 'muted' }, `${group.members.length} devices`)),
    h('p', { class: 'muted' }, group.members.map(nameOf).join(', ') || 'No members'),
    h('div', { class: 'row wrap' },
      h('button', { type: 'button', onclick: () => command({ power: true }, 'On') }, 'All on'),
      h('button', { type: 'button', onclick: () => command({ power: false }, 'Off') }, 'All off')),
    h('div', { class: 'field' }, h('label', { for: briId }, 'Set brightness for all'), bri),
    h('div', { class: 'field' }, h('label', { for: fxId }, 'Set an effect for all'),
      h('div', { class: 'row' }, fx, h('button', { type: 'button', onclick: () => command({ power: true, effect: fx.value }, fleet.effectName(fx.value)) }, 'Apply'))),
    results,
    h('details', {}, h('summary', {}, 'Edit members'), members,
      h('div', { class: 'row wrap' },
        h('button', { type: 'button', class: 'primary', onclick: async () => {
          try {
            await put(`/api/groups/${enc(group.name)}`, { name: group.name, members: checked(members) });
            toast(`Group “${group.name}” saved`, 'ok');
            reload();
          } catch (e) { toast(`Not saved: ${e.message}`, 'error'); }
        } }, 'Save members'),
        h('button', { type: 'button', class: 'danger', onclick: async () => {
          if (!confirm(`Delete the group “${group.name}”? The devices stay.`)) return;
          try { await del(`/api/groups/${enc(group.name)}`); reload(); } catch (e) { toast(`Not deleted: ${e.message}`, 'error'); }
        } }, 'Delete group'))));
}

export function showResults(list, members, label) {
  const entries = Object.entries(members);
  list.replaceChildren(...entries.map(([id, r]) => h('li', { 'data-status': r.status },
    `${nameOf(id)}: ${label} — ${r.status === 'applied' ? '✓ confirmed' : r.status}${r.reason ? ` (${r.reason})` : ''}`)));
  if (!entries.length) list.replaceChildren(h('li', {}, `${label}: no members answered`));
}

function nameOf(id) {
  return displayName(fleet.device(id)) || id;
}

function memberChecks(selected = []) {
  const devices = fleet.sorted();
  if (!devices.length) return h('p', { class: 'muted' }, 'No devices known yet.');
  return devices.map((d) => {
    const id = uid('m');
    return h('label', { class: 'check', for: id },
      h('input', { id, type: 'checkbox', value: d.id, checked: selected.includes(d.id) }), displayName(d));
  });
}

function checked(container) {
  return [...container.querySelectorAll('input[type=checkbox]:checked')].map((c) => c.value);
}

function createForm(reload) {
  const nameId = uid('gn');
  const name = h('input', { id: nameId, type: 'text', placeholder: 'downstairs', autocomplete: 'off', maxLength: 64 });
  const members = h('div', { class: 'form' }, memberChecks());
  const refresh = () => {
    const keep = checked(members);
    members.replaceChildren(...[memberChecks(keep)].flat());
  };
  const form = h('form', { class: 'form' },
    h('div', { class: 'field' }, h('label', { for: nameId }, 'Name'), name), members,
    h('button', { type: 'submit', class: 'primary' }, 'Create group'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await post('/api/groups', { name: name.value.trim(), members: checked(members) });
      toast(`Group “${name.value.trim()}” created`, 'ok');
      name.value = '';
      reload();
    } catch (err) {
      toast(`Not created: ${err.message}`, 'error');
    }
  });
  return { el: h('section', { class: 'panel' }, h('h3', {}, 'New group'), form), refresh };
}
