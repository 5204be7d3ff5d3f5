// Controls generated from an effect's parameter specs (GET /api/effects): one control per ParamType.
import { h, uid } from './dom.js';

/**
 * Builds the form for `spec` starting from `values` (the device's reported params when it shows this
 * effect, else the defaults). `onChange(values)` fires after each edit.
 */
export function paramForm(spec, values, onChange) {
  const controls = spec.params.map((p) => control(p, values?.[p.name] ?? p.default, () => onChange(collect())));
  const el = h('div', { class: 'form', 'data-effect-form': spec.id },
    controls.length ? controls.map((c) => c.el) : h('p', { class: 'muted' }, 'This effect has no settings.'));
  function collect() {
    const out = {};
    for (const c of controls) {
      const v = c.value();
      if (v !== undefined) out[c.name] = v;
    }
    return out;
  }
  function set(next) {
    for (const c of controls) {
      if (next?.[c.name] !== undefined && !c.el.contains(document.activeElement)) c.set(next[c.name]);
    }
  }
  return { el, values: collect, set };
}

function control(p, value, changed) {
  switch (p.type) {
    case 'int':
    case 'number': return slider(p, value, changed);
    case 'bool': return toggle(p, value, changed);
    case 'color': return colour(p, value, changed);
    case 'colors': return colourList(p, value, changed);
    case 'choice': return choice(p, value, changed);
    case 'text': return text(p, value, changed);
    case 'image': return image(p, value, changed);
    default: return text(p, value, changed);
  }
}

function slider(p, value, changed) {
  const id = uid('p');
  const isInt = p.type === 'int';
  const min = p.min ?? 0;
  const max = p.max ?? (isInt ? 255 : 1);
  // Wide ranges (seconds per step from 0.005 to 10) are unusable linearly on a phone: use a log scale.
  const log = !isInt && min > 0 && max / min >= 100;
  const toPos = (v) => (log ? Math.round((Math.log(v / min) / Math.log(max / min)) * 1000) : v);
  const fromPos = (pos) => {
    if (log) return round(min * Math.pow(max / min, pos / 1000), 3);
    return isInt ? Math.round(pos) : round(pos, 3);
  };
  const step = log ? 1 : isInt ? 1 : niceStep(max - min);
  const input = h('input', { id, type: 'range', min: log ? 0 : min, max: log ? 1000 : max, step, value: toPos(Number(value)), 'data-param': p.name });
  const output = h('output', { for: id }, fmt(Number(value)));
  input.addEventListener('input', () => {
    output.textContent = fmt(fromPos(Number(input.value)));
    changed();
  });
  const el = h('div', { class: 'field' }, h('label', { for: id }, p.label),
    h('div', { class: 'row' }, h('span', { class: 'grow' }, input), output));
  return {
    el, name: p.name,
    value: () => fromPos(Number(input.value)),
    set: (v) => { input.value = toPos(Number(v)); output.textContent = fmt(Number(v)); },
  };
}

function niceStep(range) {
  if (range <= 1) return 0.01;
  if (range <= 10) return 0.05;
  return 0.1;
}

function round(v, digits) {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

function fmt(v) {
  return Number.isInteger(v) ? String(v) : String(round(v, 3));
}

function toggle(p, value, changed) {
  const id = uid('p');
  const input = h('input', { id, type: 'checkbox', checked: Boolean(value), 'data-param': p.name });
  input.addEventListener('change', changed);
  const el = h('label', { class: 'check', for: id }, input, p.label);
  return { el, name: p.name, value: () => input.checked, set: (v) => { input.checked = Boolean(v); } };
}

function colour(p, value, changed) {
  const id = uid('p');
  const input = h('input', { id, type: 'color', value: value || '#ffffff', 'data-param': p.name });
  input.addEventListener('input', changed);
  const el = h('div', { class: 'row' }, input, h('label', { for: id }, p.label));
  return { el, name: p.name, value: () => input.value, set: (v) => { input.value = v; } };
}

function colourList(p, value, changed) {
  const minCount = p.min ?? 1;
  const maxCount = p.max ?? 16;
  let list = Array.isArray(value) && value.length ? [...value] : ['#ffffff'];
  const row = h('div', { class: 'colors' });
  const legend = h('legend', { class: 'muted' }, p.label);
  const el = h('fieldset', { class: 'field', style: { border: '0', padding: '0', margin: '0' }, 'data-param': p.name }, legend, row);
  function render() {
    row.replaceChildren(...list.map((c, i) => {
      const input = h('input', { type: 'color', value: c, 'aria-label': `${p.label} ${i + 1}` });
      input.addEventListener('input', () => { list[i] = input.value; changed(); });
      return input;
    }),
    h('button', { type: 'button', class: 'small', 'aria-label': `Add a colour to ${p.label}`, disabled: list.length >= maxCount,
      onclick: () => { list.push(list[list.length - 1] ?? '#ffffff'); render(); changed(); } }, '+'),
    h('button', { type: 'button', class: 'small', 'aria-label': `Remove the last colour from ${p.label}`, disabled: list.length <= minCount,
      onclick: () => { list.pop(); render(); changed(); } }, '−'));
  }
  render();
  return { el, name: p.name, value: () => [...list], set: (v) => { if (Array.isArray(v)) { list = [...v]; render(); } } };
}

function choice(p, value, changed) {
  const id = uid('p');
  const select = h('select', { id, 'data-param': p.name }, (p.options ?? []).map((o) => h('option', { value: o, selected: o === value }, o)));
  select.addEventListener('change', changed);
  const el = h('div', { class: 'field' }, h('label', { for: id }, p.label), select);
  return { el, name: p.name, value: () => select.value, set: (v) => { select.value = v; } };
}

function text(p, value, changed) {
  const id = uid('p');
  const input = h('input', { id, type: 'text', value: value ?? '', maxLength: p.max ?? 256, 'data-param': p.name, autocomplete: 'off' });
  input.addEventListener('input', changed);
  const el = h('div', { class: 'field' }, h('label', { for: id }, p.label), input);
  return { el, name: p.name, value: () => input.value, set: (v) => { input.value = v; } };
}

function image(p, value, changed) {
  const id = uid('p');
  let data = typeof value === 'string' && value ? value : '';
  const input = h('input', { id, type: 'file', accept: 'image/png,image/gif', 'data-param': p.name });
  const thumb = h('img', { alt: '', width: 48, height: 48, style: { imageRendering: 'pixelated', background: '#000', borderRadius: '6px' } });
  const note = h('p', { class: 'muted', 'aria-live': 'polite' });
  const show = () => {
    thumb.hidden = !data;
    if (data) thumb.src = `data:image/${data.startsWith('R0lG') ? 'gif' : 'png'};base64,${data}`;
  };
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    if (p.max && file.size > p.max) {
      note.textContent = `${file.name} is ${file.size} bytes; the limit is ${p.max}.`;
      return;
    }
    const url = await new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
    data = url.slice(url.indexOf(',') + 1);
    note.textContent = `${file.name} ready (${file.size} bytes).`;
    show();
    changed();
  });
  show();
  const el = h('div', { class: 'field' }, h('label', { for: id }, /png|gif/i.test(p.label) ? p.label : `${p.label} (PNG or GIF)`), h('div', { class: 'row' }, thumb, input), note);
  // An empty image is left out so the device keeps what it has instead of failing on "".
  return { el, name: p.name, value: () => (data ? data : undefined), set: (v) => { if (v) { data = v; show(); } } };
}
