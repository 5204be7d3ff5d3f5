// The controls every device shows: power, brightness, what it is doing now, favourites. Each shows the
// state the device reported; a change in flight is drawn as pending on top until the device confirms.
import { h, uid } from './dom.js';
import { fleet } from './fleet.js';
import { commands, isUnsettled, failed } from './commands.js';
import { toast } from './toast.js';

const SHOW_CONFIRMED_MS = 6000;

export function send(deviceId, setPatch, label) {
  return commands.send(deviceId, setPatch, label).then((entry) => {
    if (entry.status === 'failed') toast(`${label}: ${entry.reason}`, 'error');
    return entry;
  });
}

export function powerSwitch(deviceId) {
  const el = h('button', { class: 'switch', role: 'switch', 'aria-checked': 'false', 'aria-label': 'Power', 'data-control': 'power' });
  el.addEventListener('click', () => {
    const device = fleet.device(deviceId);
    const shown = el.getAttribute('aria-checked') === 'true';
    send(deviceId, { power: !shown }, shown ? 'Turn off' : 'Turn on');
    update(device);
  });
  function update(device) {
    const wanted = commands.pendingValue(deviceId, 'power');
    const reported = device?.reported?.power ?? false;
    const shown = wanted === undefined ? reported : (wanted === 'toggle' ? !reported : wanted);
    el.setAttribute('aria-checked', String(shown));
    el.classList.toggle('pending', wanted !== undefined);
    el.title = wanted !== undefined ? `Waiting for the device to turn ${shown ? 'on' : 'off'}`
      : device?.reported ? `Device reports ${reported ? 'on' : 'off'}` : 'The device has not reported its state yet';
    el.setAttribute('aria-label', wanted !== undefined ? `Power, waiting for the device to turn ${shown ? 'on' : 'off'}` : 'Power');
  }
  return { el, update };
}

export function brightnessSlider(deviceId) {
  const id = uid('bri');
  const input = h('input', { id, type: 'range', min: 0, max: 255, step: 1, value: 0, 'data-control': 'brightness' });
  const output = h('output', { for: id }, '0');
  const el = h('div', { class: 'field' },
    h('label', { for: id }, 'Brightness'),
    h('div', { class: 'row' }, h('span', { class: 'grow' }, input), output));
  let dragging = false;
  let lastSent = 0;
  let timer = null;
  const sendNow = () => {
    clearTimeout(timer);
    lastSent = Date.now();
    send(deviceId, { brightness: Number(input.value) }, 'Brightness');
  };
  input.addEventListener('pointerdown', () => { dragging = true; });
  input.addEventListener('input', () => {
    output.textContent = percent(input.value);
    // Throttled while sliding so the light follows the finger without flooding the device.
    clearTimeout(timer);
    if (Date.now() - lastSent > 200) sendNow();
    else timer = setTimeout(sendNow, 200);
  });
  input.addEventListener('change', () => { dragging = false; sendNow(); });
  input.addEventListener('blur', () => { dragging = false; });
  function update(device) {
    const wanted = commands.pendingValue(deviceId, 'brightness');
    const reported = device?.reported?.brightness ?? 0;
    el.classList.toggle('pending', wanted !== undefined);
    if (dragging) return;
    const shown = wanted ?? reported;
    input.value = shown;
    output.textContent = percent(shown);
    input.setAttribute('aria-valuetext', wanted !== undefined
      ? `${percent(wanted)}, waiting for the device (it reports ${percent(reported)})` : percent(reported));
  }
  return { el, update };
}

function percent(v) {
  return `${Math.round((Number(v) / 255) * 100)}%`;
}

/** One line saying what the device shows and what happened to the last change. */
export function statusLine(deviceId) {
  const el = h('p', { class: 'status', 'aria-live': 'polite', 'data-status': deviceId });
  let fade = null;
  function update(device) {
    clearTimeout(fade);
    const entry = commands.latest(deviceId);
    const shows = describe(device);
    let state = 'idle';
    let text = shows;
    if (isUnsettled(entry)) {
      state = 'pending';
      text = `${entry.label}: waiting for the device… (now ${shows})`;
    } else if (failed(entry)) {
      state = 'failed';
      text = `${entry.label} ${entry.status === 'timed-out' ? 'timed out' : 'failed'}: ${entry.reason ?? 'no reason given'}`;
    } else if (entry && entry.status === 'applied' && Date.now() - entry.settledAt < SHOW_CONFIRMED_MS) {
      state = 'confirmed';
      text = `✓ Confirmed: ${shows}`;
      fade = setTimeout(() => update(fleet.device(deviceId)), SHOW_CONFIRMED_MS - (Date.now() - entry.settledAt) + 50);
    } else if (device?.pending) {
      state = 'pending';
      text = `A change is on its way to the device… (now ${shows})`;
    } else if (device?.lastFailure && Date.now() - device.lastFailure.at < 60_000) {
      state = 'failed';
      text = `Last change ${device.lastFailure.status === 'timed-out' ? 'timed out' : 'was rejected'}: ${device.lastFailure.reason ?? ''}`;
    }
    el.dataset.state = state;
    el.dataset.effect = device?.reported?.effect ?? '';
    if (el.textContent !== text) el.textContent = text;
  }
  return { el, update };
}

export function describe(device) {
  const r = device?.reported;
  if (!r) return 'nothing reported yet';
  if (!r.power) return 'off';
  const name = r.playlist ? 'playlist' : fleet.effectName(r.effect);
  return `${name} · ${percent(r.brightness)}`;
}

/** A set patch or stored state in a few words: "on, Sparkle, 50%". */
export function summary(state) {
  if (!state) return '';
  const parts = [];
  if (state.power !== undefined) parts.push(state.power === 'toggle' ? 'toggle' : state.power ? 'on' : 'off');
  if (state.effect) parts.push(fleet.effectName(state.effect));
  if (state.brightness !== undefined) parts.push(percent(state.brightness));
  if (state.params && !state.effect && Object.keys(state.params).length) parts.push('settings');
  if (state.playlist) parts.push('playlist');
  return parts.join(', ') || 'change';
}

/** Favourites as one-tap chips; the one the device reports showing is marked. */
export function favouriteChips(deviceId) {
  const el = h('div', { class: 'chips', role: 'group', 'aria-label': 'Favourites' });
  let key = '';
  function update(device) {
    const favs = device?.favourites ?? [];
    const nextKey = JSON.stringify(favs) + fleet.effects.length;
    if (nextKey !== key) {
      key = nextKey;
      el.replaceChildren(...favs.map((fav, i) => chip(device, fav, i)));
      if (!favs.length) el.append(h('span', { class: 'muted' }, 'No favourites yet — add some on the device page.'));
    }
    const wanted = commands.pendingValue(deviceId, 'effect');
    for (const c of el.querySelectorAll('.chip')) {
      const fav = favs[Number(c.dataset.index)];
      const on = device?.reported?.power && matches(device.reported, fav);
      c.setAttribute('aria-pressed', String(Boolean(on)));
      c.classList.toggle('pending', wanted !== undefined && c.dataset.pendingFor === 'true');
    }
  }
  function chip(device, fav, index) {
    const colour = firstColour(fav.params);
    const label = favouriteLabel(fav);
    const b = h('button', { class: 'chip', 'data-index': index, 'data-effect': fav.effect, 'aria-pressed': 'false', title: label },
      colour ? h('span', { class: 'swatch', style: { background: colour }, 'aria-hidden': 'true' }) : null, label);
    b.addEventListener('click', () => {
      for (const other of el.querySelectorAll('.chip')) other.dataset.pendingFor = String(other === b);
      const current = fleet.device(deviceId);
      const setPatch = { effect: fav.effect, params: fav.params ?? {} };
      if (!current?.reported?.power) setPatch.power = true;
      send(deviceId, setPatch, label);
    });
    return b;
  }
  return { el, update };
}

export function favouriteLabel(fav) {
  const name = fleet.effectName(fav.effect);
  const colours = fav.params?.colors;
  if (Array.isArray(colours) && colours.length > 3) return `${name} (rainbow)`;
  if (Array.isArray(colours)) return `${name} (${colours.map(colourName).join('/')})`;
  if (typeof fav.params?.color === 'string') return `${name} (${colourName(fav.params.color)})`;
  return name;
}

const NAMED = { '#ffffff': 'white', '#ff0000': 'red', '#00ff00': 'green', '#0000ff': 'blue', '#ffff00': 'yellow', '#ff00ff': 'magenta', '#00ffff': 'cyan', '#ff8000': 'orange', '#000000': 'black' };
function colourName(hex) {
  return NAMED[String(hex).toLowerCase()] ?? hex;
}

function firstColour(params) {
  if (!params) return null;
  if (typeof params.color === 'string') return params.color;
  if (Array.isArray(params.colors) && params.colors.length) {
    return params.colors.length === 1 ? params.colors[0] : `linear-gradient(90deg, ${params.colors.join(', ')})`;
  }
  return null;
}

export function matches(reported, fav) {
  if (!reported || !fav || reported.effect !== fav.effect) return false;
  return Object.entries(fav.params ?? {}).every(([k, v]) => JSON.stringify(reported.params?.[k]) === JSON.stringify(v));
}
