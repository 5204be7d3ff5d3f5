// Starts the page: the live link to the controller and hash routing between the pages.
import { live } from './live.js';
import { fleet } from './fleet.js';
import { homeView } from './views/home.js';
import { deviceView } from './views/device.js';
import { groupsView } from './views/groups.js';
import { scenesView } from './views/scenes.js';
import { buttonsView } from './views/buttons.js';
import { rulesView } from './views/rules.js';
import { toast } from './toast.js';
import { auth } from './api.js';
import { showLogin, offerLogout } from './login.js';

const ROUTES = [
  [/^#?\/?$/, () => homeView(), 'home'],
  [/^#\/device\/([^?]+)/, (m) => deviceView(decodeURIComponent(m[1])), 'home'],
  [/^#\/groups/, () => groupsView(), 'groups'],
  [/^#\/scenes/, () => scenesView(), 'scenes'],
  [/^#\/buttons/, () => buttonsView(), 'buttons'],
  [/^#\/rules/, () => rulesView(), 'rules'],
];

let current = null;

function route() {
  const hash = location.hash || '#/';
  const found = ROUTES.map(([re, make, tab]) => [hash.match(re), make, tab]).find(([m]) => m);
  const [match, make, tab] = found ?? [[], () => homeView(), 'home'];
  current?.destroy?.();
  current = make(match);
  const main = document.getElementById('view');
  main.replaceChildren(current.el);
  document.title = current.title ? `${current.title} · ledfleet` : 'ledfleet';
  for (const a of document.querySelectorAll('.tabs a')) {
    if (a.dataset.route === tab) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  window.scrollTo(0, 0);
  if (document.body.dataset.started) main.focus({ preventScroll: true });
  document.body.dataset.started = 'true';
}

window.addEventListener('hashchange', route);
auth.addEventListener('required', showLogin);
live.addEventListener('reconnected', () => toast('Back in touch with the controller', 'ok'));
route();
live.connect();
fleet.loadEffects().catch(() => { /* retried when the event stream opens */ });
offerLogout();
