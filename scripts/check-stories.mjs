#!/usr/bin/env node
// After `build-storybook`: opens every story of storybook-static in headless Chromium and fails when one throws,
// renders nothing, or an Aman element in it stays blank — so a broken story cannot land.
import { readFileSync } from 'node:fs';
import { launch, serve } from '../test/e2e/browser.mjs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const browser = await launch();
const site = await serve('storybook-static');
const failures = [];
try {
  const page = await browser.newPage();
  let errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  for (const s of stories) {
    errors = [];
    await page.goto(`${site.url}iframe.html?id=${s.id}&viewMode=story`);
    try {
      // Every aman-* element must show something in its shadow root (a loading state counts).
      await page.waitForFunction(
        () => {
          const els = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.tagName.startsWith('AMAN-'));
          return els.length > 0 && els.every((e) => (e.shadowRoot?.textContent ?? '').trim().length > 0);
        },
        null,
        { timeout: 5000 },
      );
    } catch {
      failures.push(`${s.id}: no Aman element rendered any text`);
    }
    if (errors.length) failures.push(`${s.id}: ${errors.join('; ')}`);
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`stories: ${stories.length - failures.length} passed, ${failures.length} failed`);
for (const f of failures) console.error(`  ✗ ${f}`);
process.exit(failures.length ? 1 : 0);
