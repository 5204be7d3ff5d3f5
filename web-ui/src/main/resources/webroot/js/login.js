// The login page, shown over everything when the controller answers 401, and the header's log-out button.
import { h } from './dom.js';
import { api, post, get, ApiError } from './api.js';

let shown = null;

export function showLogin() {
  if (shown) return;
  const error = h('p', { class: 'login-error', role: 'alert' });
  const user = h('input', { id: 'login-user', name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none' });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { class: 'primary', type: 'submit' }, 'Log in');
  const form = h('form', { class: 'login form', onsubmit: async (e) => {
    e.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    try {
      await api('POST', '/api/login', { user: user.value, password: password.value });
      // A fresh page loads everything again and opens the event stream with the new session.
      location.reload();
    } catch (err) {
      error.textContent = err instanceof ApiError ? err.message : String(err);
      password.value = '';
      password.focus();
      submit.disabled = false;
    }
  } },
    h('h2', {}, 'Log in to ledfleet'),
    h('div', { class: 'field' }, h('label', { for: 'login-user' }, 'User'), user),
    h('div', { class: 'field' }, h('label', { for: 'login-password' }, 'Password'), password),
    error, submit);
  shown = h('div', { class: 'login-page', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'login-title' }, form);
  form.querySelector('h2').id = 'login-title';
  document.body.dataset.login = 'required';
  document.body.append(shown);
  user.focus();
}

/** Adds "Log out" to the header when the controller has logins (not in the demo). */
export async function offerLogout() {
  let session;
  try {
    session = await get('/api/session');
  } catch {
    return;
  }
  if (!session?.authRequired) return;
  const button = h('button', { class: 'small', type: 'button', title: `Logged in as ${session.user}`, onclick: async () => {
    try { await post('/api/logout'); } finally { location.reload(); }
  } }, 'Log out');
  document.querySelector('.top')?.append(button);
}
