#!/usr/bin/env node
// `npm run bench`: real Chromium (not a timed test). Prints, for packs of 10, 100 and 200 questions (the most a pack may hold), the
// validation time and the time until the first question is on screen, the time to apply an answer, and the cold
// load of a page with one 10-question quiz (time to first clickable question, bytes gzip, JS heap).
// Run `npm run build` first. Figures are medians of 5 runs, printed beside the previous run's (.bench/last.json).
// `--gate` (run by `npm test`): only the cold page's transferred bytes, against size-budgets.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { launch, serve } from '../test/e2e/browser.mjs';

const RUNS = 5;
const GATE = process.argv.includes('--gate');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const LAST = '.bench/last.json';
const previous = existsSync(LAST) ? JSON.parse(readFileSync(LAST, 'utf8')) : undefined;
const browser = await launch();
const site = await serve('.');
let failed = false;
try {
  if (!GATE) {
    const page = await browser.newPage();
    await page.goto(`${site.url}test/pages/bench.html`);
    await page.waitForFunction(() => window.aman);
    console.log('Aman benchmark (headless Chromium, median of 5)');
    console.log('questions  validate   first question shown   apply an answer');
    for (const n of [10, 100, 200]) {
      const rows = [];
      for (let r = 0; r < RUNS; r++) rows.push(await page.evaluate((n) => window.benchOnce(n), n));
      const v = median(rows.map((x) => x.validate));
      const s = median(rows.map((x) => x.shown));
      const a = median(rows.map((x) => x.answer));
      console.log(`${String(n).padStart(9)}  ${v.toFixed(1).padStart(6)} ms  ${s.toFixed(1).padStart(12)} ms  ${a.toFixed(1).padStart(12)} ms`);
      if (n === 200 && s > 300) console.log('  ! goal missed: 200 questions (the most a pack may hold) should be shown in ≤ 300 ms');
    }
    await page.close();
  }

  // Cold page, one 10-question quiz from `src` (DESIGN.md's speed target: ≤ 140 ms, ≤ 36 KB gzip, ≤ 2.5 MB heap).
  // bench-cold.html is the page docs/embedding.md tells a site to write (with preload hints); bench-cold-nohints.html
  // is the bare snippet (one script tag), for comparison; bench-builtin.html shows the built-in quiz (no validator, no
  // `src`); bench-floor.html is a page whose one script draws the button at once, with no library: what this machine,
  // its browser and the measurement cost by themselves. Bytes are deterministic: with --gate, one run of the hinted
  // page, failing over size-budgets.json `bench.coldQuizBytes` (times are printed, never gated).
  const pages = GATE ? ['bench-cold'] : ['bench-cold', 'bench-cold-nohints', 'bench-builtin', 'bench-floor'];
  const results = {};
  for (const name of pages) {
    const cold = [];
    for (let r = 0; r < (GATE ? 1 : RUNS); r++) cold.push(await coldRun(name));
    results[name] = {
      clickable: median(cold.map((c) => c.clickable)),
      requests: median(cold.map((c) => c.requests)),
      bytes: median(cold.map((c) => c.bytes)),
      heap: median(cold.map((c) => c.heap)),
      heapAfterGc: median(cold.map((c) => c.heapAfterGc)),
    };
    const bad = cold.flatMap((c) => c.bad);
    if (bad.length) {
      failed = true;
      console.log(`  ! ${name}: ${[...new Set(bad)].join(', ')}`);
    }
  }
  const load = loadavg().map((x) => x.toFixed(1)).join(' ');
  const line = (r) =>
    `first question clickable ${r.clickable.toFixed(0)} ms, ${r.requests} requests, ${(r.bytes / 1024).toFixed(1)} KB gzip, ` +
    `JS heap ${(r.heap / 1048576).toFixed(2)} MB right after render (${(r.heapAfterGc / 1048576).toFixed(2)} MB after GC)`;
  console.log(`\ncold page, 10-question quiz from src (median of ${GATE ? 1 : RUNS}; load average ${load} on ${cpus().length} cores)`);
  console.log('  goal (DESIGN.md):   first question clickable ≤ 140 ms, ≤ 36.0 KB gzip, JS heap ≤ 2.50 MB');
  for (const name of pages) {
    console.log(`  ${name.padEnd(19)} ${line(results[name])}`);
    const before = previous?.results?.[name];
    if (before) console.log(`  ${'  previous run'.padEnd(19)} ${line(before)}  (${previous.date}, load ${previous.load})`);
  }
  const budget = budgets.bench?.coldQuizBytes;
  const bytes = results['bench-cold'].bytes;
  if (budget === undefined) {
    failed = true;
    console.log('  ! size-budgets.json has no bench.coldQuizBytes');
  } else if (bytes > budget) {
    failed = true;
    console.log(`  ! the cold one-quiz page transfers ${bytes} B gzip, over the budget of ${budget} B (size-budgets.json bench.coldQuizBytes)`);
  } else console.log(`  bytes within the budget: ${bytes} B ≤ ${budget} B (size-budgets.json bench.coldQuizBytes)`);
  if (!GATE) {
    mkdirSync('.bench', { recursive: true });
    writeFileSync(LAST, JSON.stringify({ date: new Date().toISOString().slice(0, 16), load, results }, null, 2));
  }
} finally {
  await browser.close();
  await site.close();
}
if (failed) process.exitCode = 1;

/** One cold load in a fresh context: time to the first clickable question, bytes (gzip, per file), requests, heap. */
async function coldRun(name) {
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  // Measured inside the page by a MutationObserver on the element's shadow root (no polling to skew it), and
  // awaited over CDP: Playwright's own injected script would otherwise sit in the heap being measured.
  await p.addInitScript(() => {
    window.__clickable = new Promise((ok) =>
      customElements.whenDefined('aman-quiz').then(() => {
        const root = document.querySelector('aman-quiz').shadowRoot;
        const seen = () => {
          if (root.querySelector('[data-action=check]')) ok((window.__clickableAt ??= performance.now()));
        };
        new MutationObserver(seen).observe(root, { childList: true, subtree: true });
        seen();
      }),
    );
  });
  const cdp = await ctx.newCDPSession(p);
  const before = site.requests.length;
  const bad = [];
  p.on('response', (r) => r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico' && bad.push(`${r.status()} ${r.url()}`));
  p.on('request', (r) => new URL(r.url()).origin !== new URL(site.url).origin && bad.push(`another origin: ${r.url()}`));
  // The page is Indonesian: its words ship inside the quiz, and i18next is for the other languages (src/shared/i18n.ts).
  p.on('request', (r) => /\/i18next[^/]*\.js$/.test(new URL(r.url()).pathname) && bad.push(`i18next loaded on an Indonesian page: ${r.url()}`));
  await p.goto(`${site.url}test/pages/${name}.html`, { waitUntil: 'commit' });
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__clickable', awaitPromise: true, returnByValue: true });
  await cdp.send('Performance.enable');
  const heap = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await p.locator('aman-quiz').getByRole('button', { name: 'Periksa jawaban' }).waitFor();
  const files = site.requests.slice(before).map((u) => u.split('?')[0]).filter((f) => f !== '/favicon.ico');
  const gz = (f) => (existsSync(f) ? gzipSync(readFileSync(f), { level: 9 }).length : 0); // a 404 is reported in `bad`
  const bytes = files.reduce((s, f) => s + gz(`.${decodeURI(f)}`), 0);
  await ctx.close();
  return { clickable: result.value, bytes, heap, heapAfterGc: usedSize, requests: files.length, bad };
}
