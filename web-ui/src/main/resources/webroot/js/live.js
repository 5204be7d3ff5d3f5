// The controller's event stream: device changes, command results and frames, with a visible connection state.
// EventSource retries by itself after a dropped connection; when the controller answered with an error
// instead, the browser gives up, so we start a new one with a growing delay.
import { fleet } from './fleet.js';
import { commands } from './commands.js';
import { frames } from './preview.js';

const STATES = {
  connecting: 'Connecting…',
  live: 'Live',
  down: 'Reconnecting…',
};

class LiveLink extends EventTarget {
  constructor() {
    super();
    this.source = null;
    this.state = 'connecting';
    this.retryMs = 1000;
    this.retryTimer = null;
    this.wasLive = false;
  }

  connect() {
    clearTimeout(this.retryTimer);
    this.source?.close();
    const source = new EventSource('/api/events');
    this.source = source;
    source.addEventListener('open', () => this.opened());
    source.addEventListener('error', () => this.failed(source));
    source.addEventListener('device', (e) => this.parse(e, (d) => {
      fleet.upsert(d);
      commands.observe(d);
    }));
    source.addEventListener('command', (e) => this.parse(e, (c) => commands.result(c)));
    source.addEventListener('frame', (e) => this.parse(e, (f) => frames.deliver(f)));
    source.addEventListener('removed', (e) => this.parse(e, (r) => fleet.remove(r.device)));
  }

  async opened() {
    this.retryMs = 1000;
    this.set('live');
    // Whatever happened while we were away (a controller restart, devices gone or new) comes from a fresh list.
    try {
      await fleet.loadDevices();
      for (const d of fleet.devices.values()) commands.observe(d);
      if (!fleet.effects.length) await fleet.loadEffects();
    } catch (e) {
      this.set('down', `Connected, but loading devices failed: ${e.message}`);
    }
    if (this.wasLive) {
      document.body.dataset.reconnects = String(Number(document.body.dataset.reconnects ?? 0) + 1);
      this.dispatchEvent(new CustomEvent('reconnected'));
    }
    this.wasLive = true;
  }

  failed(source) {
    if (source !== this.source) return;
    this.set(this.wasLive ? 'down' : 'connecting');
    if (source.readyState === EventSource.CLOSED) {
      this.retryTimer = setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 10_000);
    }
  }

  parse(event, handle) {
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    handle(data);
  }

  set(state, text) {
    this.state = state;
    const el = document.getElementById('connection');
    if (el) {
      el.dataset.state = state;
      el.querySelector('.conn-text').textContent = text ?? STATES[state];
      el.title = state === 'live' ? 'Receiving live updates from the controller'
        : 'Not connected to the controller; what you see may be out of date';
    }
    document.body.dataset.connection = state;
    this.dispatchEvent(new CustomEvent('state', { detail: state }));
  }
}

export const live = new LiveLink();
