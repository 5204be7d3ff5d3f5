// What the controller knows about the fleet: devices as they report themselves, and the effect catalog.
import { get } from './api.js';

class Fleet extends EventTarget {
  constructor() {
    super();
    this.devices = new Map();
    this.effects = [];
    this.effectById = new Map();
    this.loaded = false;
  }

  async loadDevices() {
    const list = await get('/api/devices');
    this.devices = new Map(list.map((d) => [d.id, d]));
    this.loaded = true;
    this.dispatchEvent(new CustomEvent('devices'));
    for (const d of list) this.dispatchEvent(new CustomEvent('device', { detail: d }));
  }

  async loadEffects() {
    this.effects = await get('/api/effects');
    this.effectById = new Map(this.effects.map((e) => [e.id, e]));
    this.dispatchEvent(new CustomEvent('effects'));
  }

  upsert(device) {
    const isNew = !this.devices.has(device.id);
    this.devices.set(device.id, device);
    this.dispatchEvent(new CustomEvent(isNew ? 'devices' : 'device', { detail: device }));
    if (isNew) this.dispatchEvent(new CustomEvent('device', { detail: device }));
  }

  remove(id) {
    if (this.devices.delete(id)) this.dispatchEvent(new CustomEvent('devices'));
  }

  device(id) {
    return this.devices.get(id) ?? null;
  }

  sorted() {
    return [...this.devices.values()].sort((a, b) => displayName(a).localeCompare(displayName(b)));
  }

  effectName(id) {
    return this.effectById.get(id)?.name ?? id ?? '—';
  }

  /** The effects a device's agent says it can run, in catalog order; all of them if it has not said. */
  effectsFor(device) {
    const supported = device?.info?.effects;
    if (!Array.isArray(supported) || supported.length === 0) return this.effects;
    return this.effects.filter((e) => supported.includes(e.id));
  }
}

export function displayName(device) {
  return device?.name || device?.info?.name || device?.id || '';
}

export function layoutOf(device) {
  const layout = device?.layout ?? device?.info?.layout;
  if (!layout) return null;
  const width = layout.width || layout.pixels || 1;
  const height = layout.height || 1;
  return { width, height, strip: height === 1 };
}

export const fleet = new Fleet();
