// Quick exit in the standalone app cannot be undone with Back (issue 10, item 1): whichever way the app was reached
// and moved through — the hub's links, the help entry, a deep link, a language switch — the quick exit (button or
// Shift×3) replaces the app's only history entry, so Back shows the page before Aman, never Aman. The hub and the
// quiz stage have a quick exit too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSite } from './browser.mjs';

const app = appSite('aman-history-', {
  // The app under /app/, and a page of another site to come from.
  under: 'app',
  extra: { 'before.html': '<!doctype html><html lang="id"><title>Berita cuaca</title><h1>Berita cuaca</h1></html>' },
});

/** A page that first shows the other site, then opens the app at `hash` (a link followed from that site). */
async function fromOtherSite(hash = '') {
  const ctx = await app.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  ctx.setDefaultTimeout(15000);
  const page = await ctx.newPage();
  await page.goto(`${app.site.url}before.html`);
  await page.goto(`${app.site.url}app/${hash}`);
  await page.waitForSelector('html[data-ready]');
  return { ctx, page };
}

const guideReady = (page) => page.locator('#stage-body aman-report-guide a[href="tel:129"]').first().waitFor();

/** After the exit: the blank page; after Back: the other site, and nothing of Aman on screen. */
async function assertBackShowsNoAman(page) {
  await page.waitForURL('about:blank');
  await page.goBack();
  await page.waitForLoadState();
  const url = page.url();
  assert.ok(!url.includes('/app/'), `Back after quick exit showed the app again: ${url}`);
  assert.equal(url, `${app.site.url}before.html`);
  const text = await page.evaluate(() => document.body.innerText);
  assert.ok(!/Aman|Keluar cepat|SAPA/.test(text), `Aman is on screen: ${text}`);
  // Forward has only the blank page, never the app.
  await page.goForward().catch(() => {});
  assert.ok(!page.url().includes('/app/'), `Forward showed the app: ${page.url()}`);
}

async function shiftThrice(page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
}

test('hub → "Cara melapor" → the guide\'s quick exit → Back does not show Aman', async () => {
  const { ctx, page } = await fromOtherSite();
  await page.locator('[data-tag="aman-report-guide"] [data-action="open"]').click();
  await guideReady(page);
  // Back to the list and in again: more moves inside the app, still one entry.
  await page.locator('#back').click();
  await page.locator('[data-tag="aman-report-guide"] [data-action="open"]').click();
  await guideReady(page);
  await page.locator('#stage-body aman-report-guide aman-quick-exit button').click();
  await assertBackShowsNoAman(page);
  await ctx.close();
});

test('help entry → guide, with language switches on the way → Shift×3 → Back does not show Aman', async () => {
  const { ctx, page } = await fromOtherSite();
  await page.locator('[data-lang="en"]').click();
  await page.locator('#help-guide').click();
  await guideReady(page);
  await page.locator('[data-lang="jv"]').click();
  await page.locator('#stage-body aman-report-guide').getByText('Medal cepet').first().waitFor();
  await page.locator('#stage-title').focus();
  await shiftThrice(page);
  await assertBackShowsNoAman(page);
  await ctx.close();
});

test('deep link to the guide → quick exit → Back does not show Aman', async () => {
  const { ctx, page } = await fromOtherSite('#lang=id&open=aman-report-guide');
  await guideReady(page);
  await page.locator('#stage-body aman-report-guide aman-quick-exit button').click();
  await assertBackShowsNoAman(page);
  await ctx.close();
});

test('the hub has a quick exit: its button leaves, and Back does not show Aman', async () => {
  const { ctx, page } = await fromOtherSite();
  const exit = page.locator('.exitbar aman-quick-exit button');
  assert.ok(await exit.isVisible(), 'no quick exit on the hub');
  await exit.click();
  await assertBackShowsNoAman(page);
  await ctx.close();
});

test('the quiz stage has a quick exit: Shift×3 leaves it, and Back does not show Aman', async () => {
  const { ctx, page } = await fromOtherSite();
  await page.locator('[data-tag="aman-quiz"] [data-action="open"]').click();
  await page.locator('#stage-body aman-quiz input').first().waitFor();
  assert.ok(await page.locator('.exitbar aman-quick-exit button').isVisible(), 'no quick exit on the quiz stage');
  await page.locator('#stage-body aman-quiz input').first().focus();
  await shiftThrice(page);
  await assertBackShowsNoAman(page);
  await ctx.close();
});

test('moving inside the app adds no history entry (skip link, open, back, language, projector)', async () => {
  const { ctx, page } = await fromOtherSite();
  const length = await page.evaluate(() => history.length);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // the skip link
  await page.locator('[data-lang="en"]').click();
  await page.locator('[data-tag="aman-quiz"] [data-action="open"]').click();
  await page.locator('#back').click();
  await page.locator('#help-guide').click();
  await guideReady(page);
  assert.equal(await page.evaluate(() => history.length), length);
  assert.match(page.url(), /#lang=en&open=aman-report-guide$/);
  await ctx.close();
});
