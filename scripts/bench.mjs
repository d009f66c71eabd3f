#!/usr/bin/env node
// `npm run bench`: real Chromium (not a timed test). Prints, for packs of 10, 100 and 2,000 questions, the
// validation time and the time until the first question is on screen, the time to apply an answer, and the cold
// load of a page with one 10-question quiz (time to first clickable question, bytes gzip, JS heap).
// Run `npm run build` first. Figures are medians of 5 runs.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launch, serve } from '../test/e2e/browser.mjs';

const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await launch();
const site = await serve('.');
try {
  const page = await browser.newPage();
  await page.goto(`${site.url}test/pages/bench.html`);
  await page.waitForFunction(() => window.aman);
  console.log('Aman benchmark (headless Chromium, median of 5)');
  console.log('questions  validate   first question shown   apply an answer');
  for (const n of [10, 100, 2000]) {
    const rows = [];
    for (let r = 0; r < RUNS; r++) rows.push(await page.evaluate((n) => window.benchOnce(n), n));
    const v = median(rows.map((x) => x.validate));
    const s = median(rows.map((x) => x.shown));
    const a = median(rows.map((x) => x.answer));
    console.log(`${String(n).padStart(9)}  ${v.toFixed(1).padStart(6)} ms  ${s.toFixed(1).padStart(12)} ms  ${a.toFixed(1).padStart(12)} ms`);
    if (n === 2000 && s > 300) console.log('  ! goal missed: 2,000 questions should be shown in ≤ 300 ms');
  }
  await page.close();

  // Cold page, one 10-question quiz (DESIGN.md's speed target: ≤ 140 ms, ≤ 36 KB gzip, ≤ 2.5 MB heap).
  const cold = [];
  for (let r = 0; r < RUNS; r++) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    // Measured inside the page by a MutationObserver on the element's shadow root (no polling to skew it).
    await p.addInitScript(() => {
      customElements.whenDefined('aman-quiz').then(() => {
        const root = document.querySelector('aman-quiz').shadowRoot;
        const seen = () => {
          if (root.querySelector('[data-action=check]')) window.__clickableAt ??= performance.now();
        };
        new MutationObserver(seen).observe(root, { childList: true, subtree: true });
        seen();
      });
    });
    const before = site.requests.length;
    const t0 = Date.now();
    await p.goto(`${site.url}test/pages/bench-cold.html`);
    await p.locator('aman-quiz').getByRole('button', { name: 'Periksa jawaban' }).waitFor();
    const clickable = await p.evaluate(() => window.__clickableAt);
    const files = site.requests.slice(before).map((u) => u.split('?')[0]);
    const bytes = files.reduce((s, f) => {
      try {
        return s + gzipSync(readFileSync(`.${decodeURI(f)}`)).length;
      } catch {
        return s;
      }
    }, 0);
    const cdp = await ctx.newCDPSession(p);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    cold.push({ clickable, bytes, heap: usedSize, requests: files.length, wall: Date.now() - t0 });
    await ctx.close();
  }
  console.log(
    `cold page, 10-question quiz: first question clickable ${median(cold.map((c) => c.clickable)).toFixed(0)} ms after navigation start, ` +
      `${median(cold.map((c) => c.requests))} requests, ${(median(cold.map((c) => c.bytes)) / 1024).toFixed(1)} KB gzip, ` +
      `JS heap ${(median(cold.map((c) => c.heap)) / 1024 / 1024).toFixed(2)} MB`,
  );
} finally {
  await browser.close();
  await site.close();
}
