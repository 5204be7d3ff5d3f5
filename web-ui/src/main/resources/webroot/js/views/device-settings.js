// Name, room and the facts the agent announced; forgetting the device.
import { h, uid } from '../dom.js';
import { patch, del, enc } from '../api.js';
import { fleet, displayName } from '../fleet.js';
import { toast } from '../toast.js';

export function settingsPanel(device) {
  const nameId = uid('name');
  const roomId = uid('room');
  const name = h('input', { id: nameId, type: 'text', value: device.name ?? '', autocomplete: 'off' });
  const room = h('input', { id: roomId, type: 'text', value: device.room ?? '', autocomplete: 'off' });
  const info = device.info;
  const form = h('form', { class: 'form' },
    h('div', { class: 'field' }, h('label', { for: nameId }, 'Name'), name),
    h('div', { class: 'field' }, h('label', { for: roomId }, 'Room'), room),
    h('div', { class: 'row wrap' }, h('button', { type: 'submit', class: 'primary' }, 'Save'),
      h('button', { type: 'button', class: 'danger', onclick: () => forget(device) }, 'Forget device')),
    h('p', { class: 'muted' }, `id ${device.id}${info ? ` · agent ${info.agentVersion} · ${info.output} · ${info.maxFps} fps max` : ''}`));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      fleet.upsert(await patch(`/api/devices/${enc(device.id)}`, { name: name.value.trim(), room: room.value.trim() }));
      toast('Saved', 'ok');
    } catch (err) {
      toast(`Not saved: ${err.message}`, 'error');
    }
  });
  return h('details', { class: 'panel' }, h('summary', {}, 'Name, room and details'), form);
}

async function forget(device) {
  if (!confirm(`Forget ${displayName(device)}? It comes back if it announces itself again.`)) return;
  try {
    await del(`/api/devices/${enc(device.id)}`);
    location.hash = '#/';
  } catch (e) {
    toast(`Not forgotten: ${e.message}`, 'error');
  }
}
