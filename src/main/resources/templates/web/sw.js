/*
 * The service worker: the phone keeps the application's shell (styles, scripts, icons, the offline page)
 * and the pages it opened, so that on 2G a page asks only for itself, and without a connection the pages
 * already opened (or a page saying there is no connection) still show. Written out by
 * ServiceWorkerController, which lists the shell by the hashed names pages link: when a static file
 * changes, this script changes, the phone installs it and fetches the new files.
 */
const VERSION = /*[[${version}]]*/ 'dev';
const SHELL = /*[[${shell}]]*/ [];
const OFFLINE = /*[[${offline}]]*/ '/offline';
const STATIC_CACHE = 'ishc-static-' + VERSION;
/* The pages a user opened: personal data, emptied on sign-out and on the sign-in page (app.js). */
const PAGES_CACHE = 'ishc-pages';
const BASE = new URL(self.registration.scope).pathname;
const STATIC = /^(css|js|webjars|icons|vendor)\/|^manifest[^/]*\.webmanifest$/;
/* Pages never kept: signing in and out, and the first administrator's setup. */
const NOT_KEPT = /^(login|logout|setup|offline)(\/|$)/;

self.addEventListener('install', event => {
  // The offline page is fetched without the session: it must not carry the signed-in user's name.
  event.waitUntil(caches.open(STATIC_CACHE)
    .then(cache => cache.addAll(SHELL.map(url => new Request(url, { credentials: 'omit' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(key => key.startsWith('ishc-static-') && key !== STATIC_CACHE)
      .map(key => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) {
    return;
  }
  const path = url.pathname.substring(BASE.length);
  // The API's answers are never kept: the network answers, or the request fails.
  if (path.startsWith('api/')) {
    return;
  }
  if (STATIC.test(path)) {
    event.respondWith(fromCacheFirst(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(fromNetworkFirst(request, !NOT_KEPT.test(path)));
  }
});

/* A static file's name carries a hash of its content: a copy kept under that name is always right. */
async function fromCacheFirst(request) {
  const cached = await caches.match(request, { ignoreVary: true });
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    caches.open(STATIC_CACHE).then(cache => cache.put(request, copy));
  }
  return response;
}

/* A page comes from the network; without one, the copy kept when it was last opened, or the offline page. */
async function fromNetworkFirst(request, keep) {
  try {
    const response = await fetch(request);
    if (keep && response.ok && !response.redirected
        && (response.headers.get('Content-Type') || '').startsWith('text/html')) {
      const copy = response.clone();
      caches.open(PAGES_CACHE).then(cache => cache.put(request, copy));
    }
    return response;
  } catch (offline) {
    // A page kept before it was opened (app.js) was fetched with other headers than a navigation's.
    const kept = keep ? await caches.match(request.url, { cacheName: PAGES_CACHE, ignoreVary: true }) : undefined;
    return kept || (await caches.match(OFFLINE, { cacheName: STATIC_CACHE })) || Response.error();
  }
}

self.addEventListener('message', event => {
  if (event.data === 'signed-out') {
    // The page waits for the answer before it goes on (app.js), so nothing kept after it is forgotten.
    event.waitUntil(caches.delete(PAGES_CACHE)
      .then(() => event.ports.forEach(port => port.postMessage('forgotten'))));
  }
});

/*
 * Forms typed without a connection wait in the phone's IndexedDB (offline-forms.js). Where the browser has
 * background sync, it wakes this worker when the connection returns, even with no page of the application
 * open, and the worker sends them as the page would: with the CSRF token of the session they were typed in, so
 * a form typed before a sign-out is refused and waits for its own user to open a page. A form the server saved
 * is forgotten; one it refused, or one for a signed-out user, stays for the page to show. No connection, or
 * the server unwell: the sync fails and the browser tries it again later.
 */
self.addEventListener('sync', event => {
  if (event.tag === 'ishc-forms') {
    event.waitUntil(sendWaitingForms());
  }
});

function done(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function openForms() {
  const opening = indexedDB.open('ishc-forms', 1);
  opening.onupgradeneeded = () => {
    const db = opening.result;
    db.createObjectStore('drafts');
    db.createObjectStore('outbox', { keyPath: 'id' });
    db.createObjectStore('used');
  };
  return done(opening);
}

async function sendWaitingForms() {
  const db = await openForms();
  const sent = [];
  try {
    const all = await done(db.transaction('outbox').objectStore('outbox').getAll());
    for (const entry of all.filter(e => e.state === 'waiting' && e.csrf)) {
      const body = new URLSearchParams();
      Object.keys(entry.values).forEach(name => entry.values[name].forEach(v => body.append(name, v)));
      body.set('_csrf', entry.csrf);
      const response = await fetch(entry.action, {
        method: 'POST', body, credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' }
      });
      if (response.ok && response.redirected && response.url.includes(entry.id)) {
        const tx = db.transaction(['outbox', 'drafts', 'used'], 'readwrite');
        tx.objectStore('outbox').delete(entry.id);
        tx.objectStore('drafts').delete(entry.key);
        tx.objectStore('used').put(Date.now(), 'last-sent');
        await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
        sent.push({ page: entry.page, saved: response.url });
      } else if (response.status >= 500) {
        throw new Error('The server answered ' + response.status + '; the browser tries again later');
      }
    }
  } finally {
    db.close();
    if (sent.length) {
      // An open page whose form was sent shows the server's answer, as if it had sent it itself.
      const pages = await self.clients.matchAll({ type: 'window' });
      pages.forEach(page => page.postMessage({ formsSent: sent }));
    }
  }
}
