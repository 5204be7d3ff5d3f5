// Home: every device as a card with its live preview, power, brightness and favourites.
import { h } from '../dom.js';
import { fleet, displayName } from '../fleet.js';
import { commands } from '../commands.js';
import { Preview } from '../preview.js';
import { powerSwitch, brightnessSlider, statusLine, favouriteChips } from '../controls.js';

export function homeView() {
  const cards = new Map();
  const list = h('div', { class: 'cards' });
  const empty = h('p', { class: 'empty' }, 'Looking for devices…');
  const el = h('div', {},
    h('div', { class: 'page-head' }, h('h2', {}, 'Devices'), h('p', { 'aria-live': 'polite', class: 'summary' })),
    empty, list);

  function renderList() {
    const devices = fleet.sorted();
    for (const [id, card] of cards) {
      if (!fleet.devices.has(id)) {
        card.destroy();
        cards.delete(id);
      }
    }
    const ordered = devices.map((d) => {
      if (!cards.has(d.id)) cards.set(d.id, deviceCard(d));
      return cards.get(d.id).el;
    });
    list.replaceChildren(...ordered);
    empty.hidden = devices.length > 0;
    if (!devices.length) empty.textContent = fleet.loaded ? 'No devices yet. Devices appear here by themselves when they announce themselves over MQTT.' : 'Looking for devices…';
    const online = devices.filter((d) => d.online === 'online').length;
    el.querySelector('.summary').textContent = devices.length ? `${online} of ${devices.length} online` : '';
    for (const d of devices) cards.get(d.id).update(d);
  }

  const onDevices = () => renderList();
  const onDevice = (e) => {
    cards.get(e.detail.id)?.update(e.detail);
    const online = fleet.sorted().filter((d) => d.online === 'online').length;
    el.querySelector('.summary').textContent = `${online} of ${fleet.devices.size} online`;
  };
  const onCommand = (e) => {
    const ids = e.detail ? [e.detail.device] : [...cards.keys()];
    for (const id of ids) cards.get(id)?.update(fleet.device(id));
  };
  fleet.addEventListener('devices', onDevices);
  fleet.addEventListener('device', onDevice);
  fleet.addEventListener('effects', onDevices);
  commands.addEventListener('change', onCommand);
  renderList();

  return {
    el,
    title: 'Devices',
    destroy() {
      fleet.removeEventListener('devices', onDevices);
      fleet.removeEventListener('device', onDevice);
      fleet.removeEventListener('effects', onDevices);
      commands.removeEventListener('change', onCommand);
      for (const card of cards.values()) card.destroy();
    },
  };
}

function deviceCard(device) {
  const id = device.id;
  const preview = new Preview(device);
  const power = powerSwitch(id);
  const brightness = brightnessSlider(id);
  const status = statusLine(id);
  const favs = favouriteChips(id);
  const name = h('a', { href: `#/device/${encodeURIComponent(id)}` });
  const sub = h('small');
  const badge = h('span', { class: 'badge' });
  // The preview is a big target on a phone: tapping it opens the device (the name is the accessible link).
  preview.el.addEventListener('click', () => { location.hash = `#/device/${encodeURIComponent(id)}`; });
  preview.el.style.cursor = 'pointer';
  const el = h('article', { class: 'card', 'data-device': id, 'aria-label': id },
    h('div', { class: 'card-head' },
      h('div', { class: 'card-title' }, name, sub),
      h('div', { class: 'row' }, badge, power.el)),
    preview.el,
    status.el,
    brightness.el,
    h('div', {}, h('h3', { class: 'visually-hidden' }, 'Favourites'), favs.el));

  function update(d) {
    if (!d) return;
    name.textContent = displayName(d);
    sub.textContent = [d.room, d.kind, layoutText(d)].filter(Boolean).join(' · ');
    badge.textContent = d.online === 'online' ? 'online' : d.online === 'offline' ? 'offline' : 'unknown';
    badge.dataset.online = d.online;
    el.dataset.online = d.online;
    el.setAttribute('aria-label', displayName(d));
    power.update(d);
    brightness.update(d);
    status.update(d);
    favs.update(d);
    preview.refreshVeil();
  }
  return { el, update, destroy: () => preview.destroy() };
}

function layoutText(d) {
  const l = d.layout ?? d.info?.layout;
  if (!l) return '';
  return l.height > 1 ? `${l.width}×${l.height}` : `${l.pixels ?? l.width} px`;
}
