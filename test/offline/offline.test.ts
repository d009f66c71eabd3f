import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/offline/define.js';
import type { AmanOffline } from '../../src/elements/offline/offline.js';
import { $, FakeWorkbox, fakeWorkboxFactory, focused, hostileCss, record, removeHostileCss, textOf } from '../helpers.js';

interface Setup {
  el: AmanOffline;
  wb: () => FakeWorkbox;
  reloads: () => number;
}

async function offline(opts: { lang?: string; sw?: string; scope?: string; fail?: Error } = {}): Promise<Setup> {
  let reloads = 0;
  const workboxes = fakeWorkboxFactory(opts.fail);
  const el = await fixture<AmanOffline>(html`<aman-offline
    lang=${opts.lang ?? 'id'}
    sw=${opts.sw ?? 'sw.js'}
    scope=${ifDefined(opts.scope)}
    .wbFactory=${workboxes.factory}
    .reloadPage=${() => reloads++}
  ></aman-offline>`);
  await waitUntil(() => workboxes.last()?.registerCalls.length, 'the element did not register the service worker', { timeout: 5000 });
  await el.updateComplete;
  return { el, wb: () => workboxes.last()!, reloads: () => reloads };
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

describe('aman-offline', () => {
  afterEach(() => {
    delete (navigator as { onLine?: boolean }).onLine; // back to the real getter
    delete (navigator as { serviceWorker?: unknown }).serviceWorker;
    removeHostileCss();
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

  it('registers sw.js relative to the page, with the scope given', async () => {
    const { wb } = await offline();
    expect(wb().scriptUrl).to.equal(new URL('sw.js', document.baseURI).href);
    expect(wb().registerCalls).to.deep.equal([{ immediate: true }]);
    expect(wb().options).to.deep.equal({});
    const scoped = await offline({ sw: '/aman/sw.js', scope: '/' });
    expect(scoped.wb().scriptUrl).to.equal(new URL('/aman/sw.js', location.href).href);
    expect(scoped.wb().options).to.deep.equal({ scope: new URL('/', location.href).href });
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
    expect(wb().messages).to.deep.equal([]);
    expect(reloadButton(el)!.disabled).to.equal(true);
    await settled(el, 'Memuat versi baru…');
    expect(reloads()).to.equal(0); // not before the new service worker controls the page
    reloadButton(el)!.click();
    expect(wb().skipWaitingMessages).to.equal(1);
    wb().fire('controlling', { isUpdate: true });
    expect(reloads()).to.equal(1);
  });

  it('asks the new service worker to keep a copy of this page when it first takes control', async () => {
    const { wb, reloads } = await offline();
    wb().fire('controlling', { isUpdate: false });
    const page = location.href.split('#')[0];
    expect(wb().messages).to.deep.equal([
      { type: 'CACHE_URLS', payload: { urlsToCache: [[page, { headers: { accept: 'text/html' } }]] } },
    ]);
    expect(reloads()).to.equal(0);
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
    await settled(blocked.el, 'Pengaturan keamanan (CSP) situs ini menghalangi mode tanpa internet.');
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
    hostileCss(
      `* { font-size: 6px !important; color: #fff !important; } html { font-size: 4px !important; } button { display: none !important; }`,
    );
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
