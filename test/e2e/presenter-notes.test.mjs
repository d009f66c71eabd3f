// Issue 15: the facilitator's notes window on the laptop, beside the presenter on the projector, in the app as
// served: both windows stay in step over the same-origin channel, keys work in both, and either window can reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSite } from './browser.mjs';

const app = appSite('aman-notes-');

test('the notes window follows the presenter, drives it, and both survive a reload', async () => {
  const ctx = await app.browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers: 'block' });
  ctx.setDefaultTimeout(20000);
  try {
    const projector = await ctx.newPage();
    await projector.goto(`${app.site.url}#open=aman-presenter&scale=projector`);
    await projector.waitForFunction(() => document.querySelector('aman-presenter aman-quiz')?.shadowRoot?.querySelector('.prompt'));
    const step = () => projector.evaluate(() => document.querySelector('aman-quiz').currentStep);
    const title = (i) => projector.evaluate((n) => document.querySelector('aman-quiz').stepTitle(n), i);

    const notes = await ctx.newPage();
    await notes.goto(`${app.site.url}presenter-notes.html`);
    await notes.locator('#now', { hasText: (await title(0)).slice(0, 20) }).waitFor();
    assert.equal(await notes.locator('#pos').innerText(), `1 / ${await projector.evaluate(() => document.querySelector('aman-quiz').stepCount)}`);
    assert.match(await notes.locator('#up').innerText(), new RegExp((await title(1)).slice(0, 15).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.match(await notes.locator('#timer').innerText(), /^\d\d:\d\d$/);

    // A key in the notes window moves the projector; a key on the projector moves the notes.
    await notes.keyboard.press('PageDown');
    await projector.waitForFunction(() => document.querySelector('aman-quiz').currentStep === 1);
    await notes.locator('#pos', { hasText: /^2 \// }).waitFor();
    await projector.bringToFront();
    await projector.locator('body').click({ position: { x: 5, y: 5 } });
    await projector.keyboard.press('PageDown');
    await notes.locator('#pos', { hasText: /^3 \// }).waitFor();
    await notes.locator('button[data-key=blackout]').click();
    await projector.waitForFunction(() => !!document.querySelector('aman-presenter').shadowRoot.querySelector('.blackout'));
    await notes.locator('#dark:not([hidden])').waitFor();

    // The notes window reloads: it asks, and gets the state again.
    await notes.reload();
    await notes.locator('#pos', { hasText: /^3 \// }).waitFor();
    // The projector reloads (the quiz resumes where it was): the notes hear of it without asking.
    await projector.reload();
    await projector.waitForFunction(() => document.querySelector('aman-presenter aman-quiz')?.shadowRoot?.querySelector('.prompt'));
    assert.equal(await step(), 2);
    await notes.locator('#dark[hidden]').waitFor({ state: 'attached' });
    await notes.keyboard.press('PageUp');
    await projector.waitForFunction(() => document.querySelector('aman-quiz').currentStep === 1);
  } finally {
    await ctx.close();
  }
});
