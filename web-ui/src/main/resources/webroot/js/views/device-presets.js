// Presets seen from one device: apply any of them here, or save what the device shows now as a new one.
import { h, uid } from '../dom.js';
import { get, post, del, enc } from '../api.js';
import { fleet } from '../fleet.js';
import { summary } from '../controls.js';
import { toast } from '../toast.js';

export function presetsPanel(deviceId, transitionMs) {
  const list = h('ul', { class: 'list' });

  async function load() {
    let presets;
    try {
      presets = await get('/api/presets');
    } catch (e) {
      list.replaceChildren(h('li', { class: 'muted' }, `Presets unavailable: ${e.message}`));
      return;
    }
    if (!presets?.length) {
      list.replaceChildren(h('li', { class: 'muted' }, 'No presets yet.'));
      return;
    }
    list.replaceChildren(...presets.map((p) => h('li', {},
      h('span', { class: 'grow' }, p.name, h('br'), h('small', { class: 'muted' }, summary(p.state))),
      h('button', { type: 'button', class: 'small', onclick: () => apply(p.name) }, 'Apply'),
      h('button', { type: 'button', class: 'small danger', 'aria-label': `Delete preset ${p.name}`,
        onclick: () => remove(p.name) }, '✕'))));
  }

  async function apply(name) {
    try {
      const result = await post(`/api/presets/${enc(name)}/apply`, { device: deviceId });
      const member = result?.members?.[deviceId];
      const status = member?.status ?? result?.status;
      const bad = status && status !== 'applied' && status !== 'pending';
      toast(`Preset “${name}”: ${status ?? 'sent'}${member?.reason ? ` (${member.reason})` : ''}`, bad ? 'error' : 'ok');
    } catch (e) {
      toast(`Preset “${name}” failed: ${e.message}`, 'error');
    }
  }

  async function remove(name) {
    if (!confirm(`Delete the preset “${name}” for every device?`)) return;
    try {
      await del(`/api/presets/${enc(name)}`);
      load();
    } catch (e) {
      toast(`Not deleted: ${e.message}`, 'error');
    }
  }

  const id = uid('preset');
  const input = h('input', { id, type: 'text', placeholder: 'cosy', autocomplete: 'off', maxLength: 64 });
  const form = h('form', { class: 'row' },
    h('div', { class: 'field grow' }, h('label', { for: id }, 'Save what it shows now as a preset'), input),
    h('button', { type: 'submit', style: { alignSelf: 'flex-end' } }, 'Save'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    // A preset records the reported state, never what the page last asked for.
    const r = fleet.device(deviceId)?.reported;
    const name = input.value.trim();
    if (!name) { toast('Give the preset a name', 'error'); input.focus(); return; }
    if (!r) { toast('The device has not reported a state yet', 'error'); return; }
    const state = { power: r.power, brightness: r.brightness, effect: r.effect, params: r.params ?? {}, transitionMs: transitionMs() };
    try {
      await post('/api/presets', { name, state });
      input.value = '';
      toast(`Preset “${name}” saved`, 'ok');
      load();
    } catch (err) {
      toast(`Preset not saved: ${err.message}`, 'error');
    }
  });

  load();
  return { el: h('section', { class: 'panel' }, h('h3', {}, 'Presets'), list, form), reload: load };
}
