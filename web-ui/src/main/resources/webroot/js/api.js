// The controller's REST API (docs/api.md). Errors carry the controller's own words.

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error ?? `the controller answered ${status}`);
    this.status = status;
    this.field = body?.field ?? null;
    this.commandId = body?.commandId ?? null;
    this.body = body;
  }
}

// Fires 'required' when the controller says nobody is logged in; the app then shows the login page.
export const auth = new EventTarget();

export async function api(method, path, body) {
  // The controller refuses cookie-authenticated changes without this header (cross-site request protection).
  const init = { method, headers: { Accept: 'application/json', 'X-Requested-With': 'ledfleet' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { error: 'the controller cannot be reached' });
  }
  const text = await response.text();
  let json = null;
  if (text) {
    try { json = JSON.parse(text); } catch { json = { error: text.slice(0, 200) }; }
  }
  if (response.status === 401 && path !== '/api/login') auth.dispatchEvent(new CustomEvent('required'));
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body ?? {});
export const put = (path, body) => api('PUT', path, body);
export const patch = (path, body) => api('PATCH', path, body);
export const del = (path) => api('DELETE', path);

export const enc = encodeURIComponent;
