// Shared set-up for end-to-end tests: the system Chromium through playwright-core, with no way to reach any
// host but this machine, and a static server over the repo root (pages under test/pages load /dist/*).
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export const executablePath = chromiumPath;

export async function launch() {
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}

export async function serve(root = '.', opts = {}) {
  const requests = [];
  const { server, url } = await startServer({ root, ...opts, onRequest: (req) => requests.push(req.url) });
  // Open connections (a worker's pending fetch, keep-alive) must not keep a finished test file alive: close them.
  const close = () => new Promise((r) => (server.closeAllConnections(), server.close(() => r())));
  return { server, url, requests, close };
}

/**
 * Waits until `fn` (run in the page; it may be async) returns something truthy, and fails naming `what`.
 * Playwright's waitForFunction does not await a promise: `async () => false` counts as done at once, so a wait on
 * Cache Storage or any other async API goes through here.
 */
export async function until(page, fn, { arg, what, timeout = 15000 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(fn, arg)) return;
    if (Date.now() > end) throw new Error(`waited ${timeout} ms for ${what ?? String(fn)}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/**
 * Every page error, console error, Content-Security-Policy or Trusted Types complaint, failed request and 4xx/5xx
 * response of a page, as a list that a test asserts empty. `expected(url)` lets through the failures a test
 * expects (e.g. a language a pack does not have yet); the browser's own favicon request is never the library's.
 */
export function watch(page, { expected = () => false } = {}) {
  const problems = [];
  const allowed = (url) => expected(url) || new URL(url).pathname === '/favicon.ico';
  page.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
  page.on('console', (m) => {
    // Failed loads are judged by URL below; the console line does not name it.
    if (m.text().startsWith('Failed to load resource')) return;
    if (m.type() === 'error' || /Refused|TrustedHTML|Trusted Type/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  // An aborted request is one the page itself gave up (a pack whose source changed, a page left): nothing failed.
  page.on('requestfailed', (r) => allowed(r.url()) || r.failure()?.errorText === 'net::ERR_ABORTED' || problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && !allowed(r.url()) && problems.push(`${r.status()}: ${r.url()}`));
  return problems;
}

/** Records the page's CSP violations, from its first script on, in `window.__violations` (read it with page.evaluate). */
export function recordViolations(page) {
  return page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.sample || e.blockedURI}`));
  });
}

/** What the page keeps on the device: Web Storage, cookies, IndexedDB and Cache Storage (all empty for "stores nothing"). */
export function storageOf(page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
}

/**
 * The strict-CSP harness: one browser and the repo root served (the pages `csp(path)` names get the strict CSP
 * header of scripts/serve.mjs) for the tests of this file, closed after them. Read `.browser` and `.site` in a test.
 */
export function strictCspSite(csp) {
  const harness = { browser: undefined, site: undefined };
  before(async () => {
    harness.browser = await launch();
    harness.site = await serve('.', { csp });
  });
  after(async () => {
    await harness.browser?.close();
    await harness.site?.close();
  });
  return harness;
}

/**
 * A copy of the built app served for the tests of this file, with one browser, both closed after them. The copy
 * (a build running at the same time cannot disturb it) goes under `under` (default: the root); `extra` writes more
 * files beside it, e.g. a page of another site to come from. Read `.browser`, `.site` and `.dir` in a test.
 */
export function appSite(prefix, { under = '', extra = {} } = {}) {
  const harness = { browser: undefined, site: undefined, dir: undefined };
  before(async () => {
    const { cpSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    harness.dir = mkdtempSync(join(tmpdir(), prefix));
    cpSync(process.env.AMAN_DIST ?? 'dist', join(harness.dir, under), { recursive: true });
    for (const [name, text] of Object.entries(extra)) writeFileSync(join(harness.dir, name), text);
    harness.site = await serve(harness.dir);
    harness.browser = await launch();
  });
  after(async () => {
    const { rmSync } = await import('node:fs');
    await harness.browser?.close();
    await harness.site?.close();
    if (harness.dir) rmSync(harness.dir, { recursive: true, force: true });
  });
  return harness;
}
