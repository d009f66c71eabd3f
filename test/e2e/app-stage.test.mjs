// The app's stage (issue 16, F14 and item 9): the full-screen toggle keeps one name and says its state with
// aria-pressed only; the guide screen has a neutral document title (history and the tab list keep it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSite } from './browser.mjs';

const app = appSite('aman-stage-');

async function open(hash = '') {
  const ctx = await app.browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers: 'block' });
  ctx.setDefaultTimeout(15000);
  const page = await ctx.newPage();
  await page.goto(`${app.site.url}${hash}`);
  await page.waitForSelector('html[data-ready]');
  return { ctx, page };
}

const toggle = (page) =>
  page.locator('#fullscreen').evaluate((b) => ({ name: b.textContent.trim(), label: b.getAttribute('aria-label'), pressed: b.getAttribute('aria-pressed') }));

test('the full-screen toggle has one fixed name; only aria-pressed changes', async () => {
  const { ctx, page } = await open('#open=aman-quiz');
  await page.locator('#stage-body aman-quiz').waitFor();
  assert.deepEqual(await toggle(page), { name: 'Layar penuh', label: null, pressed: 'false' });
  await page.locator('#fullscreen').click();
  await page.waitForFunction(() => !!document.fullscreenElement);
  await page.waitForFunction(() => document.querySelector('#fullscreen').getAttribute('aria-pressed') === 'true');
  assert.deepEqual(await toggle(page), { name: 'Layar penuh', label: null, pressed: 'true' });
  const snapshot = await page.locator('#fullscreen').ariaSnapshot();
  assert.match(snapshot, /button "Layar penuh" \[pressed\]/);
  // Issue 10 item 6: the language buttons stay reachable in full screen, and switching keeps the stage full screen.
  const english = page.locator('#stage .stage-langs [data-stage-lang="en"]');
  assert.equal(await english.isVisible(), true, 'no language button in full screen');
  await english.click();
  await page.locator('#fullscreen', { hasText: 'Full screen' }).waitFor();
  assert.equal(await page.evaluate(() => !!document.fullscreenElement), true);
  await page.locator('#stage .stage-langs [data-stage-lang="id"]').click();
  await page.locator('#fullscreen', { hasText: 'Layar penuh' }).waitFor();
  assert.doesNotMatch(snapshot, /Keluar/);
  await page.locator('#fullscreen').click();
  await page.waitForFunction(() => !document.fullscreenElement);
  await page.waitForFunction(() => document.querySelector('#fullscreen').getAttribute('aria-pressed') === 'false');
  assert.equal((await toggle(page)).name, 'Layar penuh');
  await ctx.close();
});

test('the guide screen has a neutral title, opened from the hub, by a deep link and in every language', async () => {
  const { ctx, page } = await open();
  assert.match(await page.title(), /^Aman/);
  await page.locator('[data-tag="aman-report-guide"] [data-action="open"]').click();
  await page.locator('#stage-body aman-report-guide a[href="tel:129"]').first().waitFor();
  assert.equal(await page.title(), 'Informasi');
  // The heading on screen still says what it is; only the title that history keeps is neutral.
  assert.equal((await page.locator('#stage-title').textContent()).trim(), 'Cara melapor');
  await page.locator('[data-lang="en"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en' && document.title === 'Information');
  await page.locator('[data-lang="jv"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'jv' && document.title === 'Informasi');
  await ctx.close();

  for (const tag of ['aman-report-guide', 'aman-help-card']) {
    const deep = await open(`#open=${tag}`);
    await deep.page.locator(`#stage-body ${tag}`).waitFor();
    const title = await deep.page.title();
    assert.equal(title, 'Informasi', `${tag}: ${title}`);
    assert.doesNotMatch(title, /lapor|bantuan|kekerasan/i);
    await deep.ctx.close();
  }
});

test('the stigma module opened for a projector is a village session (hands counted); opened plainly, a person\'s own check', async () => {
  const { ctx, page } = await open();
  await page.locator('[data-tag="aman-stigma-module"] [data-action="projector"]').click();
  const el = page.locator('#stage-body aman-stigma-module');
  await el.getByText('Sesi kelompok').waitFor();
  assert.equal(await el.getAttribute('mode'), 'facilitator');
  assert.equal(await el.getAttribute('scale'), 'projector');
  await page.locator('#back').click();
  await page.locator('[data-tag="aman-stigma-module"] [data-action="open"]').click();
  await page.locator('#stage-body aman-stigma-module').getByText(/^Tanpa nama:/).waitFor();
  assert.equal(await page.locator('#stage-body aman-stigma-module').getAttribute('mode'), null);
  await ctx.close();
});
