// Issue 16 item 2 (SECURITY-2026-11 findings 2 and 12): "clear my data" also removes what the service worker kept of
// pages and packs, and the database with the times they were stored; the host's own caches stay.
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/quiz/define.js';
import type { AmanQuiz } from '../../src/elements/quiz/quiz.js';
import { $, clearAmanStorage, render } from '../helpers.js';

const ready = (el: AmanQuiz) => !!$(el, '.prompt, .results-title, [role="alert"]');
const dbNames = async () => (await indexedDB.databases()).map((d) => d.name);

function makeDb(name: string): Promise<void> {
  return new Promise((ok, fail) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('cache-entries');
    req.onsuccess = () => {
      const tx = req.result.transaction('cache-entries', 'readwrite');
      tx.objectStore('cache-entries').put({ url: '/lapor.html', timestamp: Date.now() }, 'aman-pages|/lapor.html');
      tx.oncomplete = () => (req.result.close(), ok());
    };
    req.onerror = () => fail(req.error);
  });
}

describe('clear my data', () => {
  beforeEach(clearAmanStorage);
  afterEach(async () => {
    clearAmanStorage();
    await caches.delete('host-cache');
  });

  it('deletes Aman\'s runtime caches and the workbox-expiration database, and nothing of the host', async () => {
    for (const name of ['aman-pages', 'aman-packs', 'aman-images', 'host-cache']) {
      await (await caches.open(name)).put(`/${name}/x.json`, new Response('{}'));
    }
    await makeDb('workbox-expiration');
    localStorage.setItem('host-pref', '1');

    const el = await render<AmanQuiz>(html`<aman-quiz src="/test/fixtures/quiz-mini.json" lang="id"></aman-quiz>`, ready);
    $<HTMLButtonElement>(el, '[data-action=clear]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[data-action=clear-yes]')!.click();
    await el.updateComplete;

    await waitUntil(async () => !(await caches.has('aman-pages')) && !(await dbNames()).includes('workbox-expiration'), 'the copies stayed', {
      timeout: 5000,
    });
    expect(await caches.has('aman-packs')).to.equal(false);
    expect(await caches.has('aman-images')).to.equal(false);
    expect(await caches.has('host-cache')).to.equal(true);
    expect(localStorage.getItem('host-pref')).to.equal('1');
    localStorage.removeItem('host-pref');
  });
});
