// The app on a frightened parent's phone (360×740) and on a teacher's projector (1024×768), issue 10 items 3, 4
// and 14: help first, the quick exit bar one line, projector controls only on wide screens, the offline status
// near the top of the hub.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSite } from './browser.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const PROJECTOR = { viewport: { width: 1024, height: 768 } };
const app = appSite('aman-phone-');

async function open(device, hash = '') {
  const ctx = await app.browser.newContext({ ...device, serviceWorkers: 'block' });
  ctx.setDefaultTimeout(15000);
  const page = await ctx.newPage();
  await page.goto(`${app.site.url}${hash}`);
  await page.waitForSelector('html[data-ready]');
  return { ctx, page };
}
const box = async (locator) => (await locator.boundingBox()) ?? assert.fail('not visible');
const LINE = 60; // one line of the quick exit bar: a 44 px button and a little padding

test('phone, hub: "Butuh bantuan sekarang?" with the call buttons comes first, above the fold; one-line exit bar', async () => {
  const { ctx, page } = await open(PHONE);
  const help = page.locator('#help');
  assert.equal((await help.locator('h2').textContent()).trim(), 'Butuh bantuan sekarang?');
  for (const href of ['tel:129', 'tel:112']) {
    const b = await box(help.locator(`a[href="${href}"]`));
    assert.ok(b.y + b.height <= 740, `${href} is below the fold: ${b.y + b.height}`);
  }
  const guide = await box(page.locator('#help-guide'));
  assert.ok(guide.y + guide.height <= 740, `"Cara melapor" is below the fold: ${guide.y + guide.height}`);
  // The help entry comes before the list of materials.
  const first = await page.evaluate(() => document.querySelector('main > :not([hidden])')?.id);
  assert.equal(first, 'help');
  const bar = await box(page.locator('.exitbar'));
  assert.ok(bar.height <= LINE, `exit bar is ${bar.height}px tall`);
  assert.equal(await page.locator('.exitbar #hint').isVisible().catch(() => false), false, 'the Shift hint shows on a phone');
  // The offline status is near the top of the hub, not a phone's length down.
  const offline = await box(page.locator('aman-offline')).catch(async () => ({ y: await page.evaluate(() => document.querySelector('aman-offline').getBoundingClientRect().top) }));
  assert.ok(offline.y < 740, `offline status at ${offline.y}px`);
  // No projector controls in the way on a phone.
  assert.equal(await page.locator('[data-action="projector"]').first().isVisible(), false);
  await ctx.close();
});

test('phone, first visit: nothing on the hub moves while it loads; "ready offline" floats over the bottom until closed', async () => {
  const ctx = await app.browser.newContext({ ...PHONE });
  ctx.setDefaultTimeout(30000);
  const page = await ctx.newPage();
  // Every layout shift from the first paint on, as Lighthouse counts them (issue 8).
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const what = e.sources.map((s) => `${s.node?.nodeName ?? '?'}#${s.node?.id ?? ''}.${s.node?.className ?? ''}`).join(' ');
        window.__shifts.push(`${e.value.toFixed(3)} ${what}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(app.site.url);
  await page.waitForSelector('html[data-ready]');
  const ready = page.locator('aman-offline .msg[data-kind="ready"]');
  await ready.waitFor(); // the worker has stored everything: the one-time message
  const status = await box(page.locator('aman-offline'));
  assert.ok(status.y + status.height <= 740 && status.y > 370, `the message is not over the bottom of the screen: ${JSON.stringify(status)}`);
  // Nothing moved: the bar, the help entry, the list and the message itself all kept their place.
  assert.deepEqual(await page.evaluate(() => window.__shifts), []);
  // Closing it leaves the list where it was, and focus on a control of the page.
  const inPage = () => page.evaluate(() => document.querySelector('#hub h1').getBoundingClientRect().top + scrollY);
  const before = await inPage();
  await page.locator('aman-offline [data-action="dismiss"]').click();
  await ready.waitFor({ state: 'detached' });
  assert.equal(await inPage(), before);
  assert.notEqual(await page.evaluate(() => document.activeElement?.localName), 'body');
  await ctx.close();
});

test('phone, guide: the first tel:129 and the emergency number are in the first viewport; no projector controls', async () => {
  const { ctx, page } = await open(PHONE, '#lang=id&open=aman-report-guide');
  const guide = page.locator('#stage-body aman-report-guide');
  await guide.locator('a[href="tel:129"]').first().waitFor();
  for (const href of ['tel:129', 'tel:112']) {
    const b = await box(guide.locator(`a[href="${href}"]`).first());
    assert.ok(b.y >= 0 && b.y + b.height <= 740, `first ${href} at ${b.y}px`);
  }
  // …before the questions that tailor the rest.
  const order = await page.evaluate(() => {
    const root = document.querySelector('aman-report-guide').shadowRoot;
    const tel = root.querySelector('a[href="tel:129"]');
    const q = root.querySelector('input[name="danger"]');
    return !!(tel.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(order, 'the questions come before the call buttons');
  assert.equal(await page.locator('#projector').isVisible(), false);
  assert.equal(await page.locator('#fullscreen').isVisible(), false);
  // The guide's sticky quick exit: one line, no Shift hint without a keyboard, and it hides no heading.
  const bar = await box(guide.locator('.exit-bar'));
  assert.ok(bar.height <= LINE, `guide exit bar is ${bar.height}px tall`);
  assert.equal(await guide.locator('aman-quick-exit #hint').isVisible(), false);
  const heading = guide.locator('.directory h3');
  await heading.evaluate((h) => h.scrollIntoView());
  const barNow = await box(guide.locator('.exit-bar'));
  const h = await box(heading);
  assert.ok(h.y >= barNow.y + barNow.height - 1, `heading at ${h.y} is under the bar (bottom ${barNow.y + barNow.height})`);
  await ctx.close();
});

test('projector (1024×768): the projector controls are there, and the Shift hint where there is a keyboard', async () => {
  const { ctx, page } = await open(PROJECTOR);
  assert.equal(await page.locator('[data-tag="aman-quiz"] [data-action="projector"]').isVisible(), true);
  assert.equal(await page.locator('.exitbar #hint').isVisible(), true);
  await page.locator('[data-tag="aman-report-guide"] [data-action="open"]').click();
  await page.locator('#stage-body aman-report-guide a[href="tel:129"]').first().waitFor();
  assert.equal(await page.locator('#projector').isVisible(), true);
  assert.equal(await page.locator('#fullscreen').isVisible(), true);
  await ctx.close();
});
