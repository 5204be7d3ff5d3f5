// One device: large preview, the whole effect catalog with generated settings, favourites, presets, history.
import { h, uid } from '../dom.js';
import { enc } from '../api.js';
import { fleet, displayName } from '../fleet.js';
import { commands } from '../commands.js';
import { Preview } from '../preview.js';
import { paramForm } from '../params.js';
import { powerSwitch, brightnessSlider, statusLine, send } from '../controls.js';
import { favouritesPanel } from './device-favourites.js';
import { presetsPanel } from './device-presets.js';
import { historyPanel } from './device-history.js';
import { settingsPanel } from './device-settings.js';

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
    this.favourites = favouritesPanel(this.id);
    this.presets = presetsPanel(this.id, () => this.transition.value());
    this.history = historyPanel(this.id);
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
        this.favourites.el,
        this.presets.el,
        this.history.el,
        settingsPanel(device)));

    this.onDevice = (e) => { if (e.detail.id === this.id) this.update(e.detail); };
    this.onCommand = (e) => {
      if (!e.detail || e.detail.device === this.id) {
        this.update(fleet.device(this.id));
        if (e.detail && e.detail.status !== 'sending') this.history.reload();
      }
    };
    this.onEffects = () => { this.renderEffects(); this.renderForm(); this.update(fleet.device(this.id)); };
    fleet.addEventListener('device', this.onDevice);
    fleet.addEventListener('effects', this.onEffects);
    commands.addEventListener('change', this.onCommand);

    this.renderForm();
    this.update(device);
  }

  destroy() {
    fleet.removeEventListener('device', this.onDevice);
    fleet.removeEventListener('effects', this.onEffects);
    commands.removeEventListener('change', this.onCommand);
    this.preview.destroy();
    this.history.destroy();
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
      const setPatch = { params: this.form.values(), transitionMs: this.transition.value() };
      // Naming the effect again would count as choosing it again in the controller's usage ranking.
      if (fleet.device(this.id)?.reported?.effect !== this.selected) setPatch.effect = this.selected;
      send(this.id, setPatch, `${fleet.effectName(this.selected)} settings`);
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
    this.favourites.update(device);
  }

  addFavourite() {
    if (this.selected) this.favourites.add({ effect: this.selected, params: this.form?.values() ?? {} });
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
}

function seconds(ms) {
  return `${(Number(ms) / 1000).toFixed(1)} s`;
}
