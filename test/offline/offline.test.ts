import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/offline/define.js';
import { amanWorkerUrl, type AmanOffline, type ScriptUrl } from '../../src/elements/offline/offline.js';
import { assetUrl } from '../../src/shared/assets.js';
import { $, FakeWorkbox, focused, record, textOf } from '../helpers.js';

interface Setup {
  el: AmanOffline;
  wb: () => FakeWorkbox;
  reloads: () => number;
}

async function offline(opts: { lang?: string; sw?: string; scope?: string; fail?: Error; keepPage?: boolean } = {}): Promise<Setup> {
  let wb: FakeWorkbox | undefined;
  let reloads = 0;
  const factory = (url: ScriptUrl, options: RegistrationOptions) => (wb = new FakeWorkbox(String(url), options, opts.fail));
  const el = await fixture<AmanOffline>(html`<aman-offline
    lang=${opts.lang ?? 'id'}
    sw=${ifDefined(opts.sw)}
    scope=${ifDefined(opts.scope)}
    ?keep-page=${!!opts.keepPage}
    .wbFactory=${factory}
    .reloadPage=${() => reloads++}
  ></aman-offline>`);
  await waitUntil(() => wb?.registerCalls.length, 'the element did not register the service worker', { timeout: 5000 });
  await el.updateComplete;
  return { el, wb: () => wb!, reloads: () => reloads };
}

const status = (el: AmanOffline): string => $(el, '[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
const reloadButton = (el: AmanOffline) => $<HTMLButtonElement>(el, '[data-action="reload"]');
const settled = async (el: AmanOffline, text: string) =>
  waitUntil(() => status(el).includes(text), `status never said "${text}" (it says "${status(el)}")`, { timeout: 5000 });

/** Pretends the browser lost (or regained) its connection, as the browser itself reports it. */
function setOnline(on: boolean): void {
  Object.defineProperty(navigator, 'onLine', { value: on, configurable: true });
  window.dispatchEvent(new Event(on ? 'online' : 'offline'));
}

// Captures the `aman-sw` Trusted Types policy when the element creates it (before any test renders one).
let captured: { createScriptURL(input: string): unknown } | undefined;
const tt = (globalThis as { trustedTypes?: { createPolicy: (n: string, r: object) => never } }).trustedTypes!;
const createPolicy = tt.createPolicy.bind(tt);
tt.createPolicy = ((name: string, rules: object) => {
  const p = createPolicy(name, rules);
  if (name === 'aman-sw') captured = p;
  return p;
}) as never;

describe('aman-offline', () => {
  afterEach(() => {
    delete (navigator as { onLine?: boolean }).onLine; // back to the real getter
    delete (navigator as { serviceWorker?: unknown }).serviceWorker;
    document.querySelectorAll('style[data-hostile]').forEach((s) => s.remove());
  });

  it('is accessible (axe) with nothing to say, when ready, and with an update waiting while offline', async () => {
    const { el, wb } = await offline();
    await expect(el).to.be.accessible();
    wb().fire('activated', { isUpdate: false });
    await settled(el, 'Siap dipakai tanpa internet.');
    await expect(el).to.be.accessible();
    wb().fire('waiting');
    setOnline(false);
    await settled(el, 'Versi baru tersedia');
    await settled(el, 'tidak tersambung');
    await expect(el).to.be.accessible();
  });

  it('registers Aman\'s own sw.js (beside the library), with the scope given', async () => {
    const { wb } = await offline();
    expect(wb().scriptUrl).to.equal(assetUrl('sw.js'));
    expect(wb().registerCalls).to.deep.equal([{ immediate: true }]);
    expect(wb().options).to.deep.equal({});
    const scoped = await offline({ sw: new URL(assetUrl('sw.js')).pathname, scope: '/' });
    expect(scoped.wb().scriptUrl).to.equal(assetUrl('sw.js'));
    expect(scoped.wb().options).to.deep.equal({ scope: new URL('/', location.href).href });
  });

  // SECURITY-2026-11 finding 7 (issue 16 item 4): the element and its Trusted Types policy are no script gadget.
  it('refuses every worker URL but Aman\'s own sw.js, in the element and in the `aman-sw` policy', async () => {
    const own = assetUrl('sw.js');
    const o = new URL(own);
    const refused = [
      '/uploads/evil-sw.js',
      '/private/me.json?x=.js',
      `${own}?v=2`,
      `${own}#x`,
      `${o.protocol}//user:pw@${o.host}${o.pathname}`,
      `blob:${o.origin}/0b8e5bd0-6d3c-4c5e-9f0a-000000000000`,
      `filesystem:${o.origin}/temporary/sw.js`,
      `${o.pathname.replace(/sw\.js$/, '%73w.js')}`,
      `${o.pathname.replace(/sw\.js$/, 'x/../evil/sw.js')}`,
      'https://cdn.example/sw.js',
      'javascript:alert(1)',
      'data:text/javascript,1',
    ];
    for (const input of refused) expect(amanWorkerUrl(input), input).to.equal(null);
    expect(amanWorkerUrl(own)).to.equal(own);
    expect(amanWorkerUrl(o.pathname)).to.equal(own);

    // Injected markup alone: nothing is registered.
    let made = 0;
    const el = await fixture<AmanOffline>(
      html`<aman-offline lang="id" sw="/uploads/evil-sw.js" .wbFactory=${() => (made++, new FakeWorkbox('', {}))}></aman-offline>`,
    );
    await settled(el, 'Mode tanpa internet belum bisa disiapkan.');
    expect(made).to.equal(0);

    // The policy itself, called directly as the review did.
    expect(captured, 'the aman-sw policy was created').to.exist;
    for (const input of refused) expect(() => captured!.createScriptURL(input), input).to.throw(TypeError);
    expect(String(captured!.createScriptURL(own))).to.equal(own);
  });

  it('says nothing until there is news: the status region is there, empty, with no box', async () => {
    const { el } = await offline();
    expect(status(el)).to.equal('');
    expect($(el, '[role="status"]')).to.exist;
    expect($(el, '[part~="base"]')!.getBoundingClientRect().height).to.equal(0);
    expect(reloadButton(el)).to.equal(null);
  });

  it('says "ready offline" after the first install only, and the message can be closed', async () => {
    const { el, wb } = await offline();
    const events = record(el, 'aman-offline-status');
    wb().fire('activated', { isUpdate: true }); // an update's activation is not news
    await el.updateComplete;
    expect(status(el)).to.equal('');
    wb().fire('activated', { isUpdate: false });
    await settled(el, 'Siap dipakai tanpa internet.');
    expect(events.at(-1)!.detail).to.deep.equal({ support: 'registered', ready: true, updateWaiting: false, online: true });
    $<HTMLButtonElement>(el, '[data-action="dismiss"]')!.click();
    await el.updateComplete;
    expect(status(el)).to.equal('');
  });

  it('after "Tutup pesan" focus goes to a stable control, not to <body>', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><span id="slot"></span><a id="after" href="#x">after</a></div>`);
    let wb: FakeWorkbox | undefined;
    const el = document.createElement('aman-offline') as AmanOffline;
    el.lang = 'id';
    el.wbFactory = (url, options) => (wb = new FakeWorkbox(String(url), options));
    wrap.querySelector('#slot')!.append(el);
    await waitUntil(() => wb?.registerCalls.length, 'no registration', { timeout: 5000 });
    wb!.fire('activated', { isUpdate: false });
    await settled(el, 'Siap dipakai tanpa internet.');
    const dismiss = $<HTMLButtonElement>(el, '[data-action="dismiss"]')!;
    dismiss.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el) === '', 'the message stayed');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).not.to.equal(document.body);
    expect(document.activeElement!.id).to.equal('after');

    // With an update offer still shown, focus goes to its reload button.
    const second = await offline();
    second.wb().fire('waiting');
    second.wb().fire('activated', { isUpdate: false });
    await settled(second.el, 'Siap dipakai tanpa internet.');
    $<HTMLButtonElement>(second.el, '[data-action="dismiss"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !$(second.el, '[data-action="dismiss"]'), 'the message stayed');
    await new Promise((r) => setTimeout(r, 0));
    expect(focused(second.el)).to.equal(reloadButton(second.el));
  });

  it('does not re-announce an unchanged message when the language changes, and announces news after it', async () => {
    const { el } = await offline();
    setOnline(false);
    await settled(el, 'Anda sedang tidak tersambung ke internet.');
    // What a screen reader hears: text changes inside a live region that was already in the tree.
    const heard: string[] = [];
    const live = (n: Node | null) => (n instanceof Element ? n : n?.parentElement)?.closest('[role="status"], [aria-live]:not([aria-live="off"])');
    const observer = new MutationObserver((records) => {
      for (const r of records) if (live(r.target)) heard.push(r.type);
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    el.lang = 'en';
    await settled(el, 'You are not connected to the internet.');
    await new Promise((r) => setTimeout(r, 0));
    expect(heard, 'the unchanged "offline" message was announced again').to.deep.equal([]);
    setOnline(true);
    await waitUntil(() => status(el) === '', 'the offline message stayed');
    setOnline(false);
    await settled(el, 'You are not connected to the internet.');
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    expect(heard.length, 'news after the switch is announced').to.be.greaterThan(0);
  });

  it('offers a reload when a new version waits, and reloads only after the user asks and the new version controls', async () => {
    const { el, wb, reloads } = await offline();
    wb().fire('waiting');
    await settled(el, 'Versi baru tersedia — muat ulang untuk memakainya.');
    expect(textOf(el)).to.contain('jawaban yang sudah tersimpan tidak hilang');
    const button = reloadButton(el)!;
    expect(button.textContent!.trim()).to.equal('Muat ulang');
    // Nothing happens on its own.
    await el.updateComplete;
    expect(wb().skipWaitingMessages).to.equal(0);
    expect(reloads()).to.equal(0);

    button.click();
    await el.updateComplete;
    expect(wb().skipWaitingMessages).to.equal(1);
    expect(wb().messages.filter((m) => (m as { type: string }).type !== 'AMAN_PAGE')).to.deep.equal([]);
    expect(reloadButton(el)!.disabled).to.equal(true);
    await settled(el, 'Memuat versi baru…');
    expect(reloads()).to.equal(0); // not before the new service worker controls the page
    reloadButton(el)!.click();
    expect(wb().skipWaitingMessages).to.equal(1);
    wb().fire('controlling', { isUpdate: true });
    expect(reloads()).to.equal(1);
  });

  // Issue 16 items 2 and 5: a page is kept only on its explicit opt-in, and never one showing the report guide.
  it('asks the worker to keep this page only with keep-page, and never next to the report guide or help card', async () => {
    const plain = await offline();
    await waitUntil(() => plain.wb().messages.length, 'no AMAN_PAGE message');
    expect(plain.wb().messages).to.deep.equal([{ type: 'AMAN_PAGE', keep: false }]);
    plain.wb().fire('controlling', { isUpdate: false });
    expect(plain.wb().messages).to.have.length(1); // no CACHE_URLS any more
    const kept = await offline({ keepPage: true });
    await waitUntil(() => kept.wb().messages.length, 'no AMAN_PAGE message');
    expect(kept.wb().messages).to.deep.equal([{ type: 'AMAN_PAGE', keep: true }]);
    for (const tag of ['aman-report-guide', 'aman-help-card']) {
      const guide = document.body.appendChild(document.createElement(tag));
      try {
        const beside = await offline({ keepPage: true });
        await waitUntil(() => beside.wb().messages.length, 'no AMAN_PAGE message');
        expect(beside.wb().messages, tag).to.deep.equal([{ type: 'AMAN_PAGE', keep: false }]);
      } finally {
        guide.remove();
      }
    }
  });

  // Issue 10 item 2: on a page the worker does not cover, "ready offline" must not promise this page.
  it('says "ready offline" only for what the worker covers: this page, or the app at its address', async () => {
    try {
      const app = new URL('/aman/', location.href).href;
      FakeWorkbox.answer = { page: false, app };
      const outside = await offline();
      outside.wb().fire('activated', { isUpdate: false });
      await settled(outside.el, 'Aplikasi Aman siap dipakai tanpa internet di alamat ini:');
      expect(status(outside.el)).to.contain('Halaman ini sendiri tetap perlu sambungan internet.');
      expect(status(outside.el)).to.not.contain('Siap dipakai tanpa internet.');
      expect($<HTMLAnchorElement>(outside.el, '[role="status"] a')!.href).to.equal(app);
      await expect(outside.el).to.be.accessible();

      FakeWorkbox.answer = { page: false, app: 'javascript:alert(1)' };
      const neither = await offline({ lang: 'en' });
      neither.wb().fire('activated', { isUpdate: false });
      await settled(neither.el, "Aman's files are saved on this device.");
      expect(status(neither.el)).to.contain('This page itself still needs an internet connection.');
      expect($(neither.el, '[role="status"] a')).to.equal(null);

      FakeWorkbox.answer = { page: true, app };
      const covered = await offline();
      covered.wb().fire('activated', { isUpdate: false });
      await settled(covered.el, 'Siap dipakai tanpa internet.');
      expect(status(covered.el)).to.not.contain('perlu sambungan');
    } finally {
      FakeWorkbox.answer = { page: true, app: null };
    }
  });

  it('keeps the offer while the new version replaces the old one, and reloads once it controls the page', async () => {
    const { el, wb, reloads } = await offline();
    wb().fire('waiting', { isExternal: true });
    await settled(el, 'Versi baru tersedia');
    reloadButton(el)!.click();
    wb().fire('redundant', { isUpdate: true }); // the version being replaced
    await el.updateComplete;
    expect(status(el)).to.contain('Memuat versi baru…');
    expect(reloads()).to.equal(0);
    wb().fire('controlling', { isUpdate: true, isExternal: true });
    expect(reloads()).to.equal(1);
  });

  it('when another tab lets the new version in, the offer stays and the button just reloads', async () => {
    const { el, wb, reloads } = await offline();
    wb().fire('waiting');
    await settled(el, 'Versi baru tersedia');
    // The version this page runs on is replaced: it becomes redundant, then the new one takes control.
    const old = {} as ServiceWorker;
    Object.defineProperty(navigator, 'serviceWorker', { value: { controller: old }, configurable: true });
    wb().fire('redundant', { sw: old });
    wb().fire('controlling', { isUpdate: true, isExternal: true });
    await el.updateComplete;
    expect(reloads()).to.equal(0); // not under a learner: the page reloads only when the user asks
    expect(reloadButton(el)).to.exist;
    reloadButton(el)!.click();
    expect(reloads()).to.equal(1);
    expect(wb().skipWaitingMessages).to.equal(0);
  });

  it('drops the offer when the waiting version goes away, and keeps the running one', async () => {
    const { el, wb, reloads } = await offline();
    wb().fire('waiting');
    await settled(el, 'Versi baru tersedia');
    wb().fire('redundant');
    await el.updateComplete;
    expect(status(el)).to.equal('');
    expect(reloadButton(el)).to.equal(null);
    expect(reloads()).to.equal(0);
  });

  it('shows when the device goes offline, hides it when the connection is back, and then looks for updates', async () => {
    const { el, wb } = await offline();
    setOnline(false);
    await settled(el, 'Anda sedang tidak tersambung ke internet.');
    expect(status(el)).to.contain('tetap bisa dipakai');
    expect(wb().updateChecks).to.equal(0);
    setOnline(true);
    await el.updateComplete;
    expect(status(el)).to.equal('');
    expect(wb().updateChecks).to.equal(1);
    expect(wb().skipWaitingMessages).to.equal(0);
  });

  it('says so, once and plainly, where the browser has no service workers, and registers nothing', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: undefined, configurable: true });
    let made = 0;
    const el = await fixture<AmanOffline>(
      html`<aman-offline lang="id" .wbFactory=${() => (made++, new FakeWorkbox('', {}))}></aman-offline>`,
    );
    await settled(el, 'Browser ini tidak mendukung mode tanpa internet.');
    expect(status(el)).to.contain('tetap bisa dipakai selama tersambung');
    expect(made).to.equal(0);
    expect(reloadButton(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the same when the workbox factory finds no service workers', async () => {
    const el = await fixture<AmanOffline>(html`<aman-offline lang="en" .wbFactory=${() => null}></aman-offline>`);
    await settled(el, 'This browser does not support the offline mode.');
  });

  it('reports a registration that fails, and one that the page security policy blocks', async () => {
    const failed = await offline({ fail: new Error('404') });
    await settled(failed.el, 'Mode tanpa internet belum bisa disiapkan.');
    const blocked = await offline({
      fail: new TypeError("Failed to execute 'register': This document requires 'TrustedScriptURL' assignment."),
    });
    await settled(blocked.el, 'Mode tanpa internet tidak bisa disiapkan di situs ini.');
  });

  it('under a strict CSP shows visitors one calm line; the CSP advice is folded away for the site admin', async () => {
    const { el } = await offline({
      fail: new TypeError("Failed to execute 'register': This document requires 'TrustedScriptURL' assignment."),
    });
    await settled(el, 'Mode tanpa internet tidak bisa disiapkan di situs ini.');
    expect(status(el)).to.equal('Mode tanpa internet tidak bisa disiapkan di situs ini. Aman tetap bisa dipakai selama tersambung ke internet.');
    expect(status(el)).not.to.match(/CSP|Pengelola/);
    const details = $<HTMLDetailsElement>(el, 'details.admin')!;
    expect(details, 'a folded "details for the site admin"').to.exist;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Rincian untuk pengelola situs');
    expect(details.textContent).to.contain('CSP');
    expect(details.closest('[role="status"]'), 'the admin detail is not announced').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('refuses a service worker from another origin', async () => {
    let made = 0;
    const el = await fixture<AmanOffline>(
      html`<aman-offline lang="id" sw="https://cdn.example/sw.js" .wbFactory=${() => (made++, new FakeWorkbox('', {}))}></aman-offline>`,
    );
    await settled(el, 'Mode tanpa internet belum bisa disiapkan.');
    expect(made).to.equal(0);
  });

  it('speaks English and Javanese', async () => {
    const en = await offline({ lang: 'en' });
    en.wb().fire('waiting');
    await settled(en.el, 'A new version is available — reload to use it.');
    expect(reloadButton(en.el)!.textContent!.trim()).to.equal('Reload');
    const jv = await offline({ lang: 'jv' });
    jv.wb().fire('activated', { isUpdate: false });
    await settled(jv.el, 'Sampun saged dipunagem tanpa internet.');
  });

  it('can be used with the keyboard alone: Tab to the reload button, Enter', async () => {
    const { el, wb } = await offline();
    wb().fire('waiting');
    await settled(el, 'Versi baru tersedia');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.dataset.action).to.equal('reload');
    await sendKeys({ press: 'Enter' });
    expect(wb().skipWaitingMessages).to.equal(1);
  });

  it('survives a hostile page stylesheet', async () => {
    const style = document.createElement('style');
    style.dataset.hostile = '';
    style.textContent = `* { all: unset !important; font-size: 6px !important; color: #fff !important; }
      html { font-size: 4px !important; } button { display: none !important; }`;
    document.head.append(style);
    const { el, wb } = await offline();
    wb().fire('waiting');
    await settled(el, 'Versi baru tersedia');
    const box = $(el, '[part~="base"]')!;
    const button = reloadButton(el)!;
    expect(parseFloat(getComputedStyle(box).fontSize)).to.be.at.least(16);
    expect(getComputedStyle(box).color).to.equal('rgb(27, 27, 31)');
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(button).display).to.not.equal('none');
    button.click();
    expect(wb().skipWaitingMessages).to.equal(1);
  });
});
