// Aman's service worker. scripts/app/service-worker.mjs bundles this file with Rollup (the Workbox modules it imports go
// inside it: nothing is ever loaded from another origin) and workbox-build's injectManifest writes the precache list
// into `self.__WB_MANIFEST`. The result is dist/sw.js.
//
// A worker with the scope "/" sees every request of the host site, so it keeps only what Aman itself asks for
// (SECURITY-2026-11 findings 1, 2, 8–10; docs/embedding.md section 3):
//   - the precache: the library's own files, listed at build time;
//   - `aman-packs`: packs that Aman's pack loader fetches and marks with the request header `X-Aman-Pack: keep`
//     (src/shared/pack.ts). A header rather than a list of folders, because an agency's own packs live anywhere on
//     its site; nothing else on the site carries it. The loader never marks region packs or report-guide packs.
//   - `aman-images`: pictures inside the library's own folder (where sw.js is);
//   - `aman-pages`: a page only when <aman-offline keep-page> on that page asks for it (AMAN_PAGE below), and from
//     then on refreshed at each visit — never with a query string, never a log-in/account path, never a page that
//     carries <aman-report-guide> or <aman-help-card>.
// Whatever is kept must be a plain 200 same-origin answer, without `Cache-Control: no-store/private` and without
// `Vary: Cookie/Authorization`; requests with an `Authorization` header or `credentials: 'include'` are never kept;
// an answer of 401, 403, 404 or 410 deletes the kept copy. Packs and pages are network first: online, the host's
// answer always wins (a log-out applies at once), the copy is only for when there is no network.
// There is no workbox-expiration (its IndexedDB database records when each URL was visited): each runtime cache
// keeps its most recently stored entries, in Cache Storage's own order.
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { PrecacheController, PrecacheRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { Route, Router } from 'workbox-routing';

setCacheNameDetails({ prefix: 'aman' });
const precache = new PrecacheController();
precache.precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();
clientsClaim();

/** The library's folder: where this file is served from. */
const BASE = new URL('./', self.location.href);
const PAGES = 'aman-pages';
const PACKS = 'aman-packs';
const IMAGES = 'aman-images';
const LIMIT = { [PAGES]: 30, [PACKS]: 60, [IMAGES]: 60 };
/** The host says the resource is gone or not for this visitor (any more): the copy goes. */
const GONE = new Set([401, 403, 404, 410]);
/** Log-in, account, admin and shop pages of common site software, in English and Indonesian. */
const PRIVATE_PATH =
  /\/(wp-admin|wp-login|wp-json|log-?in|log-?out|sign-?in|sign-?out|admin|administrator|masuk|keluar|daftar|akun|account|my-account|profil|profile|dashboard|cart|checkout|keranjang)(?=[/.]|$)/i;
/** A page that shows these is never kept: a dated copy of a reporting guide is a trace someone could find. */
const SENSITIVE = /<aman-(report-guide|help-card)[\s/>]/i;

const sameOrigin = (url) => url.origin === self.location.origin;
const plainRequest = (request) =>
  request.method === 'GET' && !request.headers.has('authorization') && request.credentials !== 'include';

/** A response that may be kept at all. */
function keepable(response) {
  if (!response || response.status !== 200 || response.type !== 'basic') return false;
  if (response.redirected && new URL(response.url).origin !== self.location.origin) return false;
  if (/no-store|private/i.test(response.headers.get('cache-control') || '')) return false;
  if (/cookie|authorization|\*/i.test(response.headers.get('vary') || '')) return false;
  // Browsers hide Set-Cookie from every script, workers included, so this only holds where one ever shows it; hosts
  // mark pages that set cookies `Cache-Control: private` (docs/embedding.md).
  return !response.headers.has('set-cookie');
}

/** A page that may be kept (the opt-in is checked by the callers). */
async function keepablePage(href, response) {
  const url = new URL(href);
  if (!sameOrigin(url) || url.search || PRIVATE_PATH.test(url.pathname) || !href.startsWith(self.registration.scope)) return false;
  if (!keepable(response) || !/^text\/html/i.test(response.headers.get('content-type') || '')) return false;
  return !SENSITIVE.test(await response.clone().text());
}

const pageKey = (href) => href.split('#')[0];

/** Stores a copy as the newest entry of `name` and drops the oldest beyond its limit; a full disk empties `name`. */
async function store(name, key, response) {
  try {
    const cache = await caches.open(name);
    await cache.delete(key);
    await cache.put(key, response);
    const keys = await cache.keys();
    for (const old of keys.slice(0, Math.max(0, keys.length - LIMIT[name]))) await cache.delete(old);
  } catch {
    await caches.delete(name); // QuotaExceededError: the precache is never the one purged
  }
}

async function forget(name, key) {
  try {
    await (await caches.open(name)).delete(key);
  } catch {
    /* nothing to forget */
  }
}

/** Network first; the kept copy only when there is no network. */
async function networkFirst(request, name, { refreshOnly = false } = {}) {
  const key = name === PAGES ? pageKey(request.url) : request;
  let response;
  try {
    response = await fetch(request);
  } catch (err) {
    const kept = await (await caches.open(name)).match(key);
    if (kept) return kept;
    throw err;
  }
  const had = refreshOnly ? !!(await (await caches.open(name)).match(key)) : true;
  if (had) {
    const ok = name === PAGES ? await keepablePage(request.url, response) : keepable(response);
    if (ok) await store(name, key, response.clone());
    else if (GONE.has(response.status) || response.status === 200) await forget(name, key);
  }
  return response;
}

const router = new Router();
router.registerRoute(new PrecacheRoute(precache, { directoryIndex: 'index.html' }));
router.registerRoute(
  new Route(
    ({ url, request }) => sameOrigin(url) && plainRequest(request) && request.headers.get('x-aman-pack') === 'keep',
    ({ request }) => networkFirst(request, PACKS),
  ),
);
router.registerRoute(
  new Route(
    ({ url, request }) =>
      sameOrigin(url) && plainRequest(request) && request.destination === 'image' && !url.search && url.pathname.startsWith(BASE.pathname),
    ({ request }) => networkFirst(request, IMAGES),
  ),
);
// Navigations: only pages kept before (on the opt-in below) are refreshed, and served when offline.
router.registerRoute(
  new Route(
    // (A navigation always has credentials mode `include`: its answer's headers decide, see keepablePage.)
    ({ url, request }) => sameOrigin(url) && request.mode === 'navigate' && request.method === 'GET' && !request.headers.has('authorization'),
    ({ request }) => networkFirst(request, PAGES, { refreshOnly: true }),
  ),
);
router.addFetchListener();

/** Is the app (index.html in the library's folder) in the precache and under this worker's scope? */
function appUrl() {
  const index = new URL('index.html', BASE).href;
  return precache.getCacheKeyForURL(index) && BASE.href.startsWith(self.registration.scope) ? BASE.href : null;
}

/**
 * <aman-offline> asks about the page it runs on: keep it (`keep`: the page opted in with `keep-page`) or forget
 * it, and answer what really works offline — `{page}` this very page, `{app}` the address of Aman's app.
 * A page can only ever name itself: the URL is the sender's own, not something in the message.
 */
async function answerPage(source, keep) {
  const href = pageKey(source.url);
  let page = !!precache.getCacheKeyForURL(href) || (href.endsWith('/') && !!precache.getCacheKeyForURL(`${href}index.html`));
  if (!page && href.startsWith(self.registration.scope)) {
    const cache = await caches.open(PAGES);
    if (!keep) await forget(PAGES, href);
    else if (await cache.match(href)) page = true;
    else {
      try {
        const response = await fetch(href, { credentials: 'same-origin', headers: { accept: 'text/html' } });
        if (await keepablePage(href, response)) {
          await store(PAGES, href, response);
          page = !!(await cache.match(href));
        }
      } catch {
        /* offline: nothing new to keep */
      }
    }
  }
  return { page, app: appUrl() };
}

// Messages. Any script of this origin can post to the worker (so can Aman's own elements); so the worker accepts
// messages only from windows, SKIP_WAITING only switches to a version this origin already serves, and AMAN_PAGE
// only concerns the sender's own page and still goes through every rule above. There is no CACHE_URLS.
self.addEventListener('message', (event) => {
  const source = event.source;
  if (!source || source.type !== 'window' || !sameOrigin(new URL(source.url))) return;
  const data = event.data;
  if (data?.type === 'SKIP_WAITING') self.skipWaiting();
  else if (data?.type === 'AMAN_PAGE') {
    event.waitUntil(
      answerPage(source, data.keep === true).then(
        (answer) => event.ports[0]?.postMessage(answer),
        () => event.ports[0]?.postMessage({ page: false, app: null }),
      ),
    );
  }
});
