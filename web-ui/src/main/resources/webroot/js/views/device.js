// One device: large preview, the whole effect catalog with generated settings, favourites, presets, history.
import { h, uid } from '../dom.js';
import { get, post, put, patch, del, enc } from '../api.js';
import { fleet, displayName } from '../fleet.js';
import { commands } from '../commands.js';
import { Preview } from '../preview.js';
import { paramForm } from '../params.js';
import { powerSwitch, brightnessSlider, statusLine, send, favouriteLabel, matches } from '../controls.js';
import { toast } from '../toast.js';

const FOLLOW_AFTER_MS = 10_000;

export function deviceView(id) {
  const device = fleet.device(id);
  if (!device) {
    const el = h('div', {}, backLink(),
      h('p', { class: 'empty' }, fleet.loaded ? `There is no device called “${id}”.` : 'Loading…'));
    const retry = () => { if (fleet.device(id)) location.hash = `#/device/${enc(id)}?r=${Date.now()}`; };
    fleet.addEventListener('devices', retry);
    return { el, title: id, destroy: () => fleet.removeEventListener('devices', retry) };
  }
  return new DevicePage(device);
}

function backLink() {
  return h('a', { class: 'back', href: '#/' }, '‹ All devices');
}

class DevicePage {
  constructor(device) {
    this.id = device.id;
    this.preview = new Preview(device, { large: true });
    this.power = powerSwitch(this.id);
    this.brightness = brightnessSlider(this.id);
    this.status = statusLine(this.id);
    this.selected = device.reported?.effect ?? fleet.effectsFor(device)[0]?.id ?? null;
    this.touchedAt = 0;
    this.form = null;
    this.title = displayName(device);

    this.heading = h('h2', {});
    this.badge = h('span', { class: 'badge' });
    this.effectList = h('div', { class: 'effects', role: 'group', 'aria-label': 'Effects' });
    this.formHolder = h('div', {});
    this.effectInfo = h('p', { class: 'muted' });
    this.transition = this.transitionControl(device);
    this.favList = h('ul', { class: 'list' });
    this.presetList = h('ul', { class: 'list' });
    this.history = h('ul', { class: 'results' });
    this.saveFav = h('button', { type: 'button', onclick: () => this.addFavourite() }, '☆ Save as favourite');

    this.el = h('div', { 'data-page': 'device', 'data-device': this.id },
      h('div', { class: 'page-head' }, backLink(), this.badge),
      h('div', { class: 'device-layout' },
        h('section', { class: 'panel device-top', 'aria-labelledby': 'dev-title' },
          h('div', { class: 'row' }, h('div', { class: 'grow', id: 'dev-title' }, this.heading), this.power.el),
          this.preview.el, this.status.el, this.brightness.el),
        h('section', { class: 'panel effects-panel', 'aria-labelledby': 'fx-title' },
          h('h3', { id: 'fx-title' }, 'Effect'),
          this.effectList,
          h('h3', {}, 'Settings'), this.effectInfo, this.formHolder, this.transition.el,
          h('div', { class: 'row wrap' }, this.saveFav)),
        h('section', { class: 'panel' }, h('h3', {}, 'Favourites'),
          h('p', { class: 'muted' }, 'The device button cycles through these; they are one tap away on the home page.'),
          this.favList),
        h('section', { class: 'panel' }, h('h3', {}, 'Presets'), this.presetList, this.presetForm()),
        h('section', { class: 'panel' }, h('h3', {}, 'Recent changes'), this.history),
        this.settingsPanel(device)));

    this.onDevice = (e) => { if (e.detail.id === this.id) this.update(e.detail); };
    this.onCommand = (e) => {
      if (!e.detail || e.detail.device === this.id) {
        this.update(fleet.device(this.id));
        if (e.detail && e.detail.status !== 'sending') this.loadHistory();
      }
    };
    this.onEffects = () => { this.renderEffects(); this.renderForm(); this.update(fleet.device(this.id)); };
    fleet.addEventListener('device', this.onDevice);
    fleet.addEventListener('effects', this.onEffects);
    commands.addEventListener('change', this.onCommand);

    this.renderForm();
    this.update(device);
    this.loadPresets();
    this.loadHistory();
  }

  destroy() {
    fleet.removeEventListener('device', this.onDevice);
    fleet.removeEventListener('effects', this.onEffects);
    commands.removeEventListener('change', this.onCommand);
    this.preview.destroy();
    clearTimeout(this.paramTimer);
  }

  renderEffects() {
    const device = fleet.device(this.id);
    const supported = new Set(fleet.effectsFor(device).map((e) => e.id));
    // The whole catalog: what this device's agent can run first, the rest shown but not offered.
    const ordered = [...fleet.effects].sort((a, b) => Number(supported.has(b.id)) - Number(supported.has(a.id)));
    this.effectList.replaceChildren(...ordered.map((spec) => {
      const can = supported.has(spec.id);
      return h('button', {
        type: 'button', class: `effect${can ? '' : ' unsupported'}`, 'data-effect': spec.id, 'aria-pressed': 'false',
        title: can ? spec.description : `${spec.description} This device's agent does not offer it.`, disabled: !can,
        onclick: () => this.choose(spec.id),
      }, h('span', {}, spec.name), h('small', { class: 'tag' }), h('small', { class: 'usage' }, can ? '' : 'not on this device'));
    }));
  }

  renderForm() {
    const spec = fleet.effectById.get(this.selected);
    if (!spec) {
      this.effectInfo.textContent = fleet.effects.length ? 'Pick an effect.' : 'Loading the effect catalog…';
      this.formHolder.replaceChildren();
      this.form = null;
      return;
    }
    const reported = fleet.device(this.id)?.reported;
    const values = reported?.effect === spec.id ? reported.params : null;
    this.effectInfo.textContent = `${spec.name}: ${spec.description}`;
    this.form = paramForm(spec, values, () => this.paramsChanged());
    this.formHolder.replaceChildren(this.form.el);
  }

  choose(effectId) {
    this.touchedAt = Date.now();
    this.selected = effectId;
    this.renderForm();
    const setPatch = { effect: effectId, params: this.form?.values() ?? {}, transitionMs: this.transition.value() };
    if (!fleet.device(this.id)?.reported?.power) setPatch.power = true;
    send(this.id, setPatch, fleet.effectName(effectId));
    this.update(fleet.device(this.id));
  }

  paramsChanged() {
    this.touchedAt = Date.now();
    clearTimeout(this.paramTimer);
    // Debounced so a dragged slider or colour wheel sends a few commands, not hundreds.
    this.paramTimer = setTimeout(() => {
      send(this.id, { effect: this.selected, params: this.form.values(), transitionMs: this.transition.value() },
        `${fleet.effectName(this.selected)} settings`);
    }, 250);
  }

  update(device) {
    if (!device) return;
    const offered = JSON.stringify(device.info?.effects ?? null);
    if (offered !== this.offered) {
      this.offered = offered;
      this.renderEffects();
    }
    this.title = displayName(device);
    this.heading.textContent = this.title;
    this.badge.textContent = device.online;
    this.badge.dataset.online = device.online;
    this.power.update(device);
    this.brightness.update(device);
    this.status.update(device);
    this.preview.refreshVeil();
    const reported = device.reported;
    const pendingEffect = commands.pendingValue(this.id, 'effect');
    const idle = commands.unsettled(this.id).length === 0;
    if (idle && reported?.effect && reported.effect !== this.selected && Date.now() - this.touchedAt > FOLLOW_AFTER_MS) {
      this.selected = reported.effect;
      this.renderForm();
    } else if (idle && reported?.effect === this.selected && this.form && Date.now() - this.touchedAt > 1500) {
      this.form.set(reported.params);
    }
    for (const b of this.effectList.querySelectorAll('.effect')) {
      const effect = b.dataset.effect;
      const on = reported?.effect === effect;
      const waiting = pendingEffect === effect;
      b.setAttribute('aria-pressed', String(on));
      b.classList.toggle('selected', effect === this.selected);
      b.classList.toggle('pending', waiting);
      const tag = b.querySelector('.tag');
      tag.className = `tag ${waiting ? 'wait' : on ? 'on' : ''}`;
      tag.textContent = waiting ? 'Waiting for device…' : on ? (reported.power ? '● Showing now' : '● Set (power off)') : '';
      const used = device.usage?.[effect];
      if (!b.disabled) b.querySelector('.usage').textContent = used ? `used ${used}×` : '';
    }
    this.renderFavourites(device);
  }

  transitionControl(device) {
    const id = uid('tr');
    const key = `ledfleet.transition.${this.id}`;
    const start = Number(localStorage.getItem(key) ?? device.reported?.transitionMs ?? 500);
    const input = h('input', { id, type: 'range', min: 0, max: 10000, step: 100, value: start, 'data-control': 'transition' });
    const output = h('output', { for: id }, seconds(start));
    input.addEventListener('input', () => {
      output.textContent = seconds(input.value);
      localStorage.setItem(key, input.value);
    });
    const el = h('div', { class: 'field' }, h('label', { for: id }, 'Transition time for changes'),
      h('div', { class: 'row' }, h('span', { class: 'grow' }, input), output));
    return { el, value: () => Number(input.value) };
  }

  renderFavourites(device) {
    const favs = device.favourites ?? [];
    const key = JSON.stringify(favs) + JSON.stringify(device.reported?.effect) + JSON.stringify(device.reported?.params);
    if (key === this.favKey) return;
    this.favKey = key;
    if (!favs.length) {
      this.favList.replaceChildren(h('li', { class: 'muted' }, 'None yet. Pick an effect, tune it and save it as a favourite.'));
      return;
    }
    this.favList.replaceChildren(...favs.map((fav, i) => h('li', {},
      h('button', { type: 'button', class: 'chip grow', 'aria-pressed': String(matches(device.reported, fav)),
        onclick: () => send(this.id, { effect: fav.effect, params: fav.params ?? {}, ...(device.reported?.power ? {} : { power: true }) }, favouriteLabel(fav)) },
      `${i + 1}. ${favouriteLabel(fav)}`),
      h('button', { type: 'button', class: 'small', 'aria-label': `Move ${favouriteLabel(fav)} up`, disabled: i === 0,
        onclick: () => this.saveFavourites(move(favs, i, i - 1), true) }, '↑'),
      h('button', { type: 'button', class: 'small danger', 'aria-label': `Remove ${favouriteLabel(fav)} from favourites`,
        onclick: () => this.saveFavourites(favs.filter((_, j) => j !== i), device.favouritesPinned ?? false) }, '✕'))));
  }

  addFavourite() {
    const device = fleet.device(this.id);
    if (!this.selected) return;
    const fav = { effect: this.selected, params: this.form?.values() ?? {} };
    this.saveFavourites([...(device.favourites ?? []), fav], device.favouritesPinned ?? false);
  }

  async saveFavourites(favourites, pinned) {
    try {
      await put(`/api/devices/${enc(this.id)}/favourites`, { pinned, favourites });
      toast('Favourites saved', 'ok');
      fleet.upsert(await get(`/api/devices/${enc(this.id)}`));
    } catch (e) {
      toast(`Favourites not saved: ${e.message}`, 'error');
    }
  }

  presetForm() {
    const id = uid('preset');
    const input = h('input', { id, type: 'text', placeholder: 'cosy', autocomplete: 'off', maxLength: 64 });
    const form = h('form', { class: 'row' },
      h('div', { class: 'field grow' }, h('label', { for: id }, 'Save what it shows now as a preset'), input),
      h('button', { type: 'submit', style: { alignSelf: 'flex-end' } }, 'Save'));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const r = fleet.device(this.id)?.reported;
      const name = input.value.trim();
      if (!name) { toast('Give the preset a name', 'error'); input.focus(); return; }
      if (!r) { toast('The device has not reported a state yet', 'error'); return; }
      const state = { power: r.power, brightness: r.brightness, effect: r.effect, params: r.params ?? {}, transitionMs: this.transition.value() };
      try {
        await post('/api/presets', { name, state });
        input.value = '';
        toast(`Preset “${name}” saved`, 'ok');
        this.loadPresets();
      } catch (err) {
        toast(`Preset not saved: ${err.message}`, 'error');
      }
    });
    return form;
  }

  async loadPresets() {
    let presets;
    try {
      presets = await get('/api/presets');
    } catch (e) {
      this.presetList.replaceChildren(h('li', { class: 'muted' }, `Presets unavailable: ${e.message}`));
      return;
    }
    if (!presets?.length) {
      this.presetList.replaceChildren(h('li', { class: 'muted' }, 'No presets yet.'));
      return;
    }
    this.presetList.replaceChildren(...presets.map((p) => h('li', {},
      h('span', { class: 'grow' }, p.name, h('br'), h('small', { class: 'muted' }, summary(p.state))),
      h('button', { type: 'button', class: 'small', onclick: () => this.applyPreset(p.name) }, 'Apply'),
      h('button', { type: 'button', class: 'small danger', 'aria-label': `Delete preset ${p.name}`,
        onclick: () => this.deletePreset(p.name) }, '✕'))));
  }

  async applyPreset(name) {
    try {
      const result = await post(`/api/presets/${enc(name)}/apply`, { device: this.id });
      const status = result?.status ?? result?.members?.[this.id]?.status;
      toast(status ? `Preset “${name}”: ${status}` : `Preset “${name}” sent`, status && status !== 'applied' && status !== 'pending' ? 'error' : 'ok');
    } catch (e) {
      toast(`Preset “${name}” failed: ${e.message}`, 'error');
    }
  }

  async deletePreset(name) {
    if (!confirm(`Delete the preset “${name}” for every device?`)) return;
    try {
      await del(`/api/presets/${enc(name)}`);
      this.loadPresets();
    } catch (e) {
      toast(`Not deleted: ${e.message}`, 'error');
    }
  }

  async loadHistory() {
    clearTimeout(this.historyTimer);
    this.historyTimer = setTimeout(async () => {
      try {
        const list = await get(`/api/devices/${enc(this.id)}/commands`);
        this.history.replaceChildren(...(list ?? []).slice(-8).reverse().map((c) => h('li', { 'data-status': c.status },
          `${time(c.sentAt)} · ${summary(c.patch)} · ${c.status}${c.reason ? ` — ${c.reason}` : ''}${c.source && c.source !== 'api' ? ` (${c.source})` : ''}`)));
        if (!list?.length) this.history.replaceChildren(h('li', { class: 'muted' }, 'Nothing yet.'));
      } catch (e) {
        this.history.replaceChildren(h('li', { class: 'muted' }, `History unavailable: ${e.message}`));
      }
    }, 300);
  }

  settingsPanel(device) {
    const nameId = uid('name');
    const roomId = uid('room');
    const name = h('input', { id: nameId, type: 'text', value: device.name ?? '', autocomplete: 'off' });
    const room = h('input', { id: roomId, type: 'text', value: device.room ?? '', autocomplete: 'off' });
    const form = h('form', { class: 'form' },
      h('div', { class: 'field' }, h('label', { for: nameId }, 'Name'), name),
      h('div', { class: 'field' }, h('label', { for: roomId }, 'Room'), room),
      h('div', { class: 'row wrap' }, h('button', { type: 'submit', class: 'primary' }, 'Save'),
        h('button', { type: 'button', class: 'danger', onclick: () => this.forget() }, 'Forget device')),
      h('p', { class: 'muted' }, `id ${device.id}${device.info ? ` · agent ${device.info.agentVersion} · ${device.info.output} · ${device.info.maxFps} fps max` : ''}`));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        fleet.upsert(await patch(`/api/devices/${enc(this.id)}`, { name: name.value.trim(), room: room.value.trim() }));
        toast('Saved', 'ok');
      } catch (err) {
        toast(`Not saved: ${err.message}`, 'error');
      }
    });
    return h('details', { class: 'panel' }, h('summary', {}, 'Name, room and details'), form);
  }

  async forget() {
    if (!confirm(`Forget ${this.title}? It comes back if it announces itself again.`)) return;
    try {
      await del(`/api/devices/${enc(this.id)}`);
      location.hash = '#/';
    } catch (e) {
      toast(`Not forgotten: ${e.message}`, 'error');
    }
  }
}

function move(list, from, to) {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

function seconds(ms) {
  return `${(Number(ms) / 1000).toFixed(1)} s`;
}

function time(ms) {
  return ms ? new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : '';
}

export function summary(state) {
  if (!state) return '';
  const parts = [];
  if (state.power !== undefined) parts.push(state.power === 'toggle' ? 'toggle' : state.power ? 'on' : 'off');
  if (state.effect) parts.push(fleet.effectName(state.effect));
  if (state.brightness !== undefined) parts.push(`${Math.round((state.brightness / 255) * 100)}%`);
  if (state.params && !state.effect && Object.keys(state.params).length) parts.push('settings');
  if (state.playlist) parts.push('playlist');
  return parts.join(', ') || 'change';
}
