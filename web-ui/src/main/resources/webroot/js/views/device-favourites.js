// A device's favourites: what its button cycles through, reorderable; moving one pins the order.
import { h } from '../dom.js';
import { put, get, enc } from '../api.js';
import { fleet } from '../fleet.js';
import { send, favouriteLabel, matches } from '../controls.js';
import { toast } from '../toast.js';

export function favouritesPanel(deviceId) {
  const list = h('ul', { class: 'list' });
  const order = h('p', { class: 'muted', 'data-favourites-order': '' });
  const usage = h('p', { class: 'muted', 'data-usage': '' });
  let key = null;

  async function save(favourites, pinned) {
    try {
      await put(`/api/devices/${enc(deviceId)}/favourites`, { pinned, favourites });
      toast('Favourites saved', 'ok');
      fleet.upsert(await get(`/api/devices/${enc(deviceId)}`));
    } catch (e) {
      toast(`Favourites not saved: ${e.message}`, 'error');
    }
  }

  function update(device) {
    const favs = device.favourites ?? [];
    const next = JSON.stringify([favs, device.reported?.effect, device.reported?.params, device.reported?.power, device.usage, device.favouritesPinned, fleet.effects.length]);
    if (next === key) return;
    key = next;
    showOrder(device);
    if (!favs.length) {
      list.replaceChildren(h('li', { class: 'muted' }, 'None yet. Pick an effect, tune it and save it as a favourite.'));
      return;
    }
    const pinned = device.favouritesPinned ?? false;
    list.replaceChildren(...favs.map((fav, i) => h('li', {},
      h('button', { type: 'button', class: 'chip grow', 'aria-pressed': String(Boolean(device.reported?.power && matches(device.reported, fav))),
        onclick: () => send(deviceId, { effect: fav.effect, params: fav.params ?? {}, ...(fleet.device(deviceId)?.reported?.power ? {} : { power: true }) }, favouriteLabel(fav)) },
      `${i + 1}. ${favouriteLabel(fav)}`),
      h('span', { class: 'muted', 'data-uses': fav.effect }, uses(device, fav.effect)),
      h('button', { type: 'button', class: 'small', 'aria-label': `Move ${favouriteLabel(fav)} up`, disabled: i === 0,
        onclick: () => save(move(favs, i, i - 1), true) }, '↑'),
      h('button', { type: 'button', class: 'small danger', 'aria-label': `Remove ${favouriteLabel(fav)} from favourites`,
        onclick: () => save(favs.filter((_, j) => j !== i), pinned) }, '✕'))));
  }

  // Learned: the controller puts the most used first; pinned: the order the user gave is kept.
  function showOrder(device) {
    const pinned = device.favouritesPinned ?? false;
    order.dataset.favouritesOrder = pinned ? 'pinned' : 'learned';
    order.replaceChildren(pinned ? 'Order pinned by you. ' : 'Order learned from use: the most used come first. ',
      pinned ? h('button', { type: 'button', class: 'small', onclick: () => save(device.favourites ?? [], false) }, 'Let use decide') : null);
    const counts = Object.entries(device.usage ?? {}).sort((a, b) => b[1] - a[1]);
    usage.textContent = counts.length ? `Chosen so far: ${counts.map(([e, n]) => `${fleet.effectName(e)} ${n}×`).join(', ')}` : 'No effect chosen yet on this device.';
  }

  function add(choice) {
    const device = fleet.device(deviceId);
    save([...(device?.favourites ?? []), choice], device?.favouritesPinned ?? false);
  }

  const el = h('section', { class: 'panel' }, h('h3', {}, 'Favourites'),
    h('p', { class: 'muted' }, 'The device button cycles through these; they are one tap away on the home page.'), order, list, usage);
  return { el, update, add };
}

function uses(device, effect) {
  const n = device.usage?.[effect] ?? 0;
  return n ? `${n}×` : '';
}

function move(list, from, to) {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}
