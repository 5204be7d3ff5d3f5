// Every change the page asks for, followed until the device confirms it, rejects it or the time runs out.
// Controls show the reported state; an unsettled command is only ever drawn as "pending" on top of it.
import { patch, enc } from './api.js';
import { fleet } from './fleet.js';

const KEEP_SETTLED_MS = 60_000;
const CLIENT_GIVE_UP_MS = 20_000;
const UNSETTLED = new Set(['sending', 'pending']);

class Commands extends EventTarget {
  constructor() {
    super();
    this.entries = [];
    this.early = new Map();
    setInterval(() => this.expire(), 2000);
  }

  /** Sends a set patch to a device; resolves with the tracked entry once the controller accepted or refused it. */
  async send(deviceId, setPatch, label) {
    const entry = { id: null, device: deviceId, patch: setPatch, label, status: 'sending', reason: null, sentAt: Date.now(), settledAt: null };
    this.entries.push(entry);
    this.changed(entry);
    try {
      const answer = await patch(`/api/devices/${enc(deviceId)}/state`, setPatch);
      entry.id = answer?.commandId ?? null;
      entry.status = answer?.status && answer.status !== 'pending' ? answer.status : 'pending';
      if (entry.status !== 'pending') entry.settledAt = Date.now();
      const seen = entry.id && this.early.get(entry.id);
      if (seen) this.apply(entry, seen.status, seen.reason);
      else this.observe(fleet.device(deviceId));
    } catch (e) {
      entry.status = 'failed';
      entry.reason = e.field ? `${e.field} ${e.message}` : e.message;
      entry.settledAt = Date.now();
    }
    this.changed(entry);
    return entry;
  }

  /** A `command` event from the stream. */
  result(event) {
    const entry = this.entries.find((e) => e.id === event.id);
    if (!entry) {
      this.early.set(event.id, event);
      if (this.early.size > 200) this.early.delete(this.early.keys().next().value);
      return;
    }
    this.apply(entry, event.status, event.reason);
    this.changed(entry);
  }

  /** A fresh device object: its reported commandId or lastFailure may settle what we sent. */
  observe(device) {
    if (!device) return;
    for (const entry of this.unsettled(device.id)) {
      if (entry.id && device.reported?.commandId === entry.id) {
        this.apply(entry, 'applied');
        this.supersedeBefore(entry);
        this.changed(entry);
      } else if (entry.id && device.lastFailure?.id === entry.id) {
        this.apply(entry, device.lastFailure.status || 'rejected', device.lastFailure.reason);
        this.changed(entry);
      }
    }
  }

  apply(entry, status, reason) {
    if (!status || status === 'pending' || !UNSETTLED.has(entry.status)) return;
    entry.status = status;
    entry.reason = reason ?? null;
    entry.settledAt = Date.now();
    if (status === 'applied') this.supersedeBefore(entry);
  }

  // The agent applies commands in order: once a later one shows, earlier ones are history.
  supersedeBefore(applied) {
    for (const e of this.unsettled(applied.device)) {
      if (e !== applied && e.sentAt <= applied.sentAt && e.id) {
        e.status = 'superseded';
        e.settledAt = Date.now();
      }
    }
  }

  // The controller times commands out itself; this only catches a result lost with a dropped stream.
  expire() {
    const now = Date.now();
    for (const e of this.entries) {
      if (e.status === 'pending' && now - e.sentAt > CLIENT_GIVE_UP_MS) {
        e.status = 'timed-out';
        e.reason = `no confirmation reached this page within ${CLIENT_GIVE_UP_MS / 1000} s`;
        e.settledAt = now;
        this.changed(e);
      }
    }
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => !e.settledAt || now - e.settledAt < KEEP_SETTLED_MS);
    if (before !== this.entries.length) this.changed(null);
  }

  unsettled(deviceId) {
    return this.entries.filter((e) => e.device === deviceId && UNSETTLED.has(e.status));
  }

  /** The value the newest unsettled command asks for `field`, or undefined when nothing is pending. */
  pendingValue(deviceId, field) {
    const open = this.unsettled(deviceId).filter((e) => e.patch[field] !== undefined);
    return open.length ? open[open.length - 1].patch[field] : undefined;
  }

  latest(deviceId) {
    const mine = this.entries.filter((e) => e.device === deviceId);
    return mine.length ? mine[mine.length - 1] : null;
  }

  changed(entry) {
    this.dispatchEvent(new CustomEvent('change', { detail: entry }));
  }
}

export const commands = new Commands();

export function isUnsettled(entry) {
  return entry && UNSETTLED.has(entry.status);
}

export function failed(entry) {
  return entry && ['rejected', 'timed-out', 'failed'].includes(entry.status);
}
