// The device's last commands as the controller recorded them, with who sent them and how they ended.
import { h } from '../dom.js';
import { get, enc } from '../api.js';
import { summary } from '../controls.js';

export function historyPanel(deviceId) {
  const list = h('ul', { class: 'results' });
  let timer = null;

  function reload() {
    clearTimeout(timer);
    // Several events arrive together when a command settles; one fetch covers them.
    timer = setTimeout(async () => {
      try {
        const commands = await get(`/api/devices/${enc(deviceId)}/commands`);
        list.replaceChildren(...[...(commands ?? [])].sort((a, b) => (b.sentAt ?? 0) - (a.sentAt ?? 0)).slice(0, 8).map((c) => h('li', { 'data-status': c.status },
          `${time(c.sentAt)} · ${summary(c.patch)} · ${c.status}${c.reason ? ` — ${c.reason}` : ''}${c.source && c.source !== 'api' ? ` (${c.source})` : ''}`)));
        if (!commands?.length) list.replaceChildren(h('li', { class: 'muted' }, 'Nothing yet.'));
      } catch (e) {
        list.replaceChildren(h('li', { class: 'muted' }, `History unavailable: ${e.message}`));
      }
    }, 300);
  }

  reload();
  return { el: h('section', { class: 'panel' }, h('h3', {}, 'Recent changes'), list), reload, destroy: () => clearTimeout(timer) };
}

function time(ms) {
  return ms ? new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : '';
}
