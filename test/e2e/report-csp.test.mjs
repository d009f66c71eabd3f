// The report guide, help card and quick exit under the strict CSP of DESIGN.md (Trusted Types required), loaded
// from their own entries: no violation, a full walkthrough, nothing asked of another origin, nothing stored, and
// the quick exit really leaving the page (replacing it in the history).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordViolations, strictCspSite, storageOf, watch } from './browser.mjs';

const harness = strictCspSite((path) => path.startsWith('/test/pages/report-csp'));

test('report elements under a strict CSP: walkthrough, no violation, no other origin, no storage, quick exit', async () => {
  const { browser, site } = harness;
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page);
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await recordViolations(page);
  const res = await page.goto(`${site.url}test/pages/report-csp.html`);
  assert.match(res.headers()['content-security-policy'], /require-trusted-types-for 'script'/);

  const guide = page.locator('#guide');
  const stepIds = () => guide.locator('[data-step]').evaluateAll((els) => els.map((e) => e.dataset.step));
  await guide.getByRole('heading', { name: 'Kontak di Kabupaten Uji' }).waitFor();
  assert.deepEqual(await stepIds(), ['sapa', 'local']);

  // Adult: danger now, recent, a teacher.
  await guide.getByRole('group', { name: 'Apakah anak dalam bahaya saat ini?' }).getByLabel('Ya', { exact: true }).check();
  assert.deepEqual(await stepIds(), ['emergency', 'sapa', 'local']);
  assert.deepEqual(
    await guide.locator('[data-step=emergency] a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ['tel:110', 'tel:112'],
  );
  await guide.getByLabel('Ya, dalam 3 hari terakhir').check();
  await guide.getByLabel('Guru atau tenaga sekolah').check();
  assert.deepEqual(await stepIds(), ['emergency', 'medical', 'evidence', 'school', 'sapa', 'local']);
  assert.deepEqual(
    await guide.locator('[data-step=sapa] a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ['tel:129', 'https://wa.me/628111129129'],
  );
  assert.equal(await guide.locator('[data-step=local] a').first().getAttribute('href'), 'tel:+62210000001');

  // Child wording.
  await guide.getByLabel('Saya anak').check();
  await guide.getByRole('group', { name: 'Apakah kamu dalam bahaya sekarang?' }).waitFor();
  assert.deepEqual(await stepIds(), ['emergency', 'medical', 'evidence', 'trusted-adult', 'sapa', 'local']);

  // The help cards: the good one links the region's UPTD PPA; the bad one names the path and keeps SAPA 129.
  const card = page.locator('#card');
  await card.getByRole('link', { name: 'Telepon (021) 000-0001' }).waitFor();
  const bad = page.locator('#bad');
  // Calm, not an alert (the national numbers work); the path is in the folded details for the admin.
  await bad.getByRole('status').filter({ hasText: 'contacts[0].url' }).waitFor();
  assert.equal(await bad.getByRole('link', { name: 'Telepon 129' }).getAttribute('href'), 'tel:129');

  const state = await page.evaluate(() => ({ violations: window.__violations, history: history.length }));
  assert.deepEqual(state.violations, []);
  assert.deepEqual(await storageOf(page), { local: 0, session: 0, cookie: '', indexedDB: 0, caches: 0 });
  const origin = new URL(site.url).origin;
  assert.deepEqual(requested.filter((u) => new URL(u).origin !== origin), []);
  assert.deepEqual(problems, []);

  // Quick exit, by the keyboard shortcut: the page is blanked and replaced (not added to the history).
  await guide.getByLabel('Saya orang dewasa').focus();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(`${site.url}test/pages/plain.html`);
  assert.equal(await page.evaluate(() => history.length), state.history);
  assert.deepEqual(requested.filter((u) => new URL(u).origin !== origin), []);
  await context.close();
});
