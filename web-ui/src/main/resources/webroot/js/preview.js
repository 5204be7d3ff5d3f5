// Live previews drawn only from frames the devices themselves report (SSE `frame` events).
// While a preview is on screen the page asks the controller to keep frames coming.
import { post, enc } from './api.js';
import { h } from './dom.js';
import { fleet, layoutOf } from './fleet.js';

const WATCH_EVERY_MS = 5000;
const STALE_AFTER_MS = 4000;
const OFF = '#15181f';

class FrameHub {
  constructor() {
    this.previews = new Map();
    this.visible = new Set();
    this.observer = new IntersectionObserver((entries) => this.seen(entries), { threshold: 0.1 });
    setInterval(() => this.renewWatches(), WATCH_EVERY_MS);
    setInterval(() => this.checkStale(), 1000);
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden) this.renewWatches();
    });
  }

  add(preview) {
    if (!this.previews.has(preview.deviceId)) this.previews.set(preview.deviceId, new Set());
    this.previews.get(preview.deviceId).add(preview);
    this.observer.observe(preview.el);
  }

  remove(preview) {
    this.previews.get(preview.deviceId)?.delete(preview);
    this.visible.delete(preview);
    this.observer.unobserve(preview.el);
  }

  seen(entries) {
    for (const entry of entries) {
      const preview = [...this.previews.values()].flatMap((s) => [...s]).find((p) => p.el === entry.target);
      if (!preview) continue;
      if (entry.isIntersecting) {
        const firstForDevice = ![...this.visible].some((p) => p.deviceId === preview.deviceId);
        this.visible.add(preview);
        if (firstForDevice) this.watch(preview.deviceId);
      } else {
        this.visible.delete(preview);
      }
    }
  }

  renewWatches() {
    if (document.hidden) return;
    for (const id of new Set([...this.visible].map((p) => p.deviceId))) this.watch(id);
  }

  watch(deviceId) {
    post(`/api/devices/${enc(deviceId)}/frames/watch`).catch(() => { /* shown as a stale preview */ });
  }

  deliver(frame) {
    for (const preview of this.previews.get(frame.device) ?? []) preview.show(frame);
  }

  checkStale() {
    for (const set of this.previews.values()) for (const p of set) p.refreshVeil();
  }
}

export const frames = new FrameHub();

/** A canvas that draws a device's reported frames: a strip as a bar, a grid at its shape. */
export class Preview {
  constructor(device, { large = false } = {}) {
    this.deviceId = device.id;
    this.layout = layoutOf(device) ?? { width: 1, height: 1, strip: true };
    this.frame = null;
    this.frameAt = 0;
    this.canvas = h('canvas', { role: 'img', 'aria-label': `Live preview of ${device.id}`, 'data-device': device.id });
    this.veil = h('div', { class: 'veil', 'aria-hidden': 'true' }, 'Waiting for the first frame…');
    this.el = h('div', { class: `preview ${this.layout.strip ? 'strip' : 'grid'}${large ? ' large' : ''}` }, this.canvas, this.veil);
    if (!this.layout.strip) this.el.style.setProperty('--aspect', `${this.layout.width} / ${this.layout.height}`);
    this.resizer = new ResizeObserver(() => this.resize());
    this.resizer.observe(this.el);
    this.pending = false;
    frames.add(this);
  }

  destroy() {
    frames.remove(this);
    this.resizer.disconnect();
  }

  resize() {
    const ratio = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(this.el.clientWidth * ratio));
    const hgt = Math.max(1, Math.round(this.el.clientHeight * ratio));
    if (this.canvas.width !== w || this.canvas.height !== hgt) {
      this.canvas.width = w;
      this.canvas.height = hgt;
      this.draw();
    }
  }

  show(frame) {
    this.frame = frame;
    this.bytes = decode(frame.rgb);
    this.frameAt = Date.now();
    if (!this.pending) {
      this.pending = true;
      requestAnimationFrame(() => {
        this.pending = false;
        this.draw();
        this.refreshVeil();
      });
    }
  }

  draw() {
    const ctx = this.canvas.getContext('2d');
    const { width: cw, height: ch } = this.canvas;
    ctx.fillStyle = '#05070a';
    ctx.fillRect(0, 0, cw, ch);
    const w = this.frame?.width ?? this.layout.width;
    const hgt = this.frame?.height ?? this.layout.height;
    const cell = Math.min(cw / w, ch / hgt);
    const gap = cell >= 6 ? Math.max(1, cell * 0.12) : 0;
    const ox = (cw - cell * w) / 2;
    const oy = (ch - cell * hgt) / 2;
    const bytes = this.frame ? this.bytes : null;
    // A strip is stretched to the bar's full width; its cells are as tall as the bar.
    const sx = this.layout.strip && hgt === 1 ? cw / w : cell;
    const sy = this.layout.strip && hgt === 1 ? ch : cell;
    const bx = this.layout.strip && hgt === 1 ? 0 : ox;
    const by = this.layout.strip && hgt === 1 ? 0 : oy;
    for (let y = 0; y < hgt; y++) {
      for (let x = 0; x < w; x++) {
        const i = (y * w + x) * 3;
        // An unlit LED is drawn as a dark cell so the strip or grid keeps its shape; lit ones as reported.
        ctx.fillStyle = bytes && i + 2 < bytes.length
          ? `rgb(${Math.max(bytes[i], 21)},${Math.max(bytes[i + 1], 24)},${Math.max(bytes[i + 2], 31)})` : OFF;
        ctx.fillRect(bx + x * sx + gap / 2, by + y * sy + gap / 2, sx - gap, sy - gap);
      }
    }
  }

  refreshVeil() {
    const device = fleet.device(this.deviceId);
    let text = null;
    const age = Date.now() - this.frameAt;
    if (document.body.dataset.connection && document.body.dataset.connection !== 'live') {
      text = this.frame ? `Controller unreachable · last frame ${ago(age)}` : 'Controller unreachable';
    } else if (device && device.online !== 'online') {
      text = this.frame ? `${device.online === 'offline' ? 'Offline' : 'Unknown'} · last frame ${ago(age)}` : `${device.online === 'offline' ? 'Offline' : 'Status unknown'} · no frame`;
    } else if (!this.frame) {
      text = 'Waiting for the first frame…';
    } else if (age > STALE_AFTER_MS) {
      text = `No new frames · last ${ago(age)}`;
    }
    this.veil.hidden = text === null;
    if (text !== null) this.veil.textContent = text;
    this.el.dataset.live = String(text === null);
  }
}

function decode(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function ago(ms) {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s ago`;
  const m = Math.round(s / 60);
  return m < 60 ? `${m} min ago` : `${Math.round(m / 60)} h ago`;
}
