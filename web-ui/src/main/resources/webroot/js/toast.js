// Short notices at the bottom of the screen, read out by screen readers through the live region.
import { h } from './dom.js';

export function toast(text, kind = 'info', ms = kind === 'error' ? 8000 : 3500) {
  const region = document.getElementById('toasts');
  const el = h('div', { class: 'toast', 'data-kind': kind }, text);
  region.append(el);
  setTimeout(() => el.remove(), ms);
}
