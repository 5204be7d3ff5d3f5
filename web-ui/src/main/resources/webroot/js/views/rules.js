// Rules: what reacts to the rest of the house, whether each is on, and what its last firings did.
import { h } from '../dom.js';
import { get, post, del, enc } from '../api.js';
import { fleet, displayName } from '../fleet.js';
import { summary } from '../controls.js';
import { toast } from '../toast.js';
import { ruleForm } from './rule-form.js';

// Firings are not on the event stream, so an open page asks now and then.
const POLL_MS = 5000;

export function rulesView() {
  const list = h('div', { class: 'cards' });
  const formPanel = h('section', { class: 'panel', hidden: true, 'aria-label': 'Rule editor' });
  const addButton = h('button', { type: 'button', class: 'primary', 'data-new-rule': '', onclick: () => edit(null) }, '+ New rule');
  const el = h('div', {},
    h('div', { class: 'page-head' }, h('h2', {}, 'Rules'), addButton,
      h('p', { class: 'lede' }, 'When something happens in the house, change the lights.')),
    formPanel, list);
  let names = { groups: [], scenes: [], presets: [] };
  let shown = '';
  let timer = null;

  async function loadNames() {
    const [groups, scenes, presets] = await Promise.all(['/api/groups', '/api/scenes', '/api/presets'].map((p) => get(p).catch(() => [])));
    names = { groups: groups.map((g) => g.name), scenes: scenes.map((s) => s.name), presets: presets.map((p) => p.name) };
  }

  async function load() {
    clearTimeout(timer);
    try {
      const rules = await get('/api/rules');
      const key = JSON.stringify(rules);
      if (key !== shown) {
        shown = key;
        const details = await Promise.all(rules.map((r) => get(`/api/rules/${enc(r.id)}`).catch(() => r)));
        list.replaceChildren(...(details.length ? details.map((r) => ruleCard(r, { edit, reload: load }))
          : [h('p', { class: 'empty' }, 'No rules yet. A rule turns a sensor, a button or the clock into a change of lights.')]));
      }
    } catch (e) {
      list.replaceChildren(h('p', { class: 'empty' }, `Rules unavailable: ${e.message}`));
      shown = '';
    }
    timer = setTimeout(load, POLL_MS);
  }

  async function edit(rule) {
    await loadNames();
    const form = ruleForm(rule, names, () => { close(); shown = ''; load(); }, close);
    formPanel.replaceChildren(h('h3', {}, rule ? `Edit “${rule.name}”` : 'New rule'), form.el);
    formPanel.hidden = false;
    addButton.hidden = true;
    formPanel.scrollIntoView({ block: 'start' });
    form.focus();
  }

  function close() {
    formPanel.hidden = true;
    formPanel.replaceChildren();
    addButton.hidden = false;
    addButton.focus();
  }

  loadNames();
  load();
  return { el, title: 'Rules', destroy: () => clearTimeout(timer) };
}

function ruleCard(rule, { edit, reload }) {
  const log = rule.log ?? [];
  const toggle = h('button', {
    type: 'button', class: 'switch', role: 'switch', 'aria-checked': String(rule.enabled), 'aria-label': `${rule.name} enabled`,
    'data-rule-toggle': rule.id,
    onclick: async () => {
      toggle.classList.add('pending');
      try {
        await post(`/api/rules/${enc(rule.id)}/${rule.enabled ? 'disable' : 'enable'}`);
        toast(`${rule.name} ${rule.enabled ? 'disabled' : 'enabled'}`, 'ok');
      } catch (e) {
        toast(`Not changed: ${e.message}`, 'error');
      }
      reload();
    },
  });
  return h('article', { class: 'card', 'data-rule': rule.id, 'data-enabled': String(rule.enabled) },
    h('div', { class: 'card-head' }, h('h3', { class: 'grow' }, rule.name), toggle),
    h('ul', { class: 'results muted' },
      h('li', {}, h('b', {}, 'When '), describeTrigger(rule.trigger)),
      (rule.conditions ?? []).length ? h('li', {}, h('b', {}, 'Only if '), rule.conditions.map(describeCondition).join(' and ')) : null,
      h('li', {}, h('b', {}, 'Then '), (rule.actions ?? []).map(describeAction).join('; '))),
    h('h4', { class: 'muted' }, rule.lastFired ? `Last fired ${when(rule.lastFired)}` : 'Not fired since the controller started'),
    log.length ? h('ul', { class: 'results', 'data-firings': rule.id }, log.slice(0, 5).map(firing)) : null,
    h('div', { class: 'row wrap' },
      h('button', { type: 'button', class: 'small', 'data-edit-rule': rule.id, onclick: () => edit(rule) }, 'Edit'),
      h('button', { type: 'button', class: 'small danger', onclick: async () => {
        if (!confirm(`Delete the rule “${rule.name}”?`)) return;
        try { await del(`/api/rules/${enc(rule.id)}`); toast('Rule deleted', 'ok'); reload(); } catch (e) { toast(`Not deleted: ${e.message}`, 'error'); }
      } }, 'Delete')));
}

const STATUS = { done: 'applied', failed: 'failed', running: 'pending' };

function firing(f) {
  return h('li', { 'data-status': STATUS[f.outcome] ?? '' },
    `${when(f.at)} · ${f.cause} · ${f.outcome}`,
    (f.results ?? []).length ? h('ul', { class: 'results' }, f.results.map((r) => h('li', {}, r))) : null);
}

function when(ms) {
  const d = new Date(ms);
  const time = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return d.toDateString() === new Date().toDateString() ? time : `${d.toLocaleDateString()} ${time}`;
}

function who(o) {
  return o.group ? `group ${o.group}` : displayName(fleet.device(o.device)) || o.device;
}

function describeTrigger(t) {
  switch (t?.type) {
    case 'mqtt': return `MQTT ${t.topic}${t.payload !== undefined ? ` is “${t.payload}”` : ''}${t.field ? ` with ${t.field} = ${t.value}` : ''}`;
    case 'button': return `${who(t)} button${t.button ? ` ${t.button}` : ''}: ${t.gesture}`;
    case 'connectivity': return `${who(t)} goes ${t.status}`;
    case 'time': return `every day at ${t.at}`;
    case 'cron': return `cron “${t.cron}”`;
    default: return t?.type ?? '?';
  }
}

function describeCondition(c) {
  return c.type === 'time-window' ? `between ${c.from} and ${c.to}` : `${who(c)} ${c.property} ${c.op ?? '=='} ${c.value}`;
}

function describeAction(a) {
  switch (a.type) {
    case 'set': return `set ${who(a)}: ${summary(a.state)}`;
    case 'scene': return `scene ${a.scene}`;
    case 'preset': return `preset ${a.preset} on ${who(a)}`;
    case 'publish': return `publish “${a.payload}” to ${a.topic}`;
    default: return a.type;
  }
}
