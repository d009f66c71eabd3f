// The library under the strict CSP of DESIGN.md (with Trusted Types required): no violation, nothing blocked,
// the quiz renders and answers, and untrusted pack text runs nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve } from './browser.mjs';

let browser, site;
before(async () => {
  browser = await launch();
  site = await serve('.', { csp: (path) => path.startsWith('/test/pages/csp') });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('strict CSP + Trusted Types: renders with zero violations and runs no pack script', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => {
    // 404s are checked by URL below (the browser's own favicon request is not the library's).
    if (/^Failed to load resource/.test(m.text())) return;
    if (m.type() === 'error' || /Refused|TrustedHTML|Trusted Type/i.test(m.text())) problems.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const res = await page.goto(`${site.url}test/pages/csp.html`);
  assert.match(res.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
  const check = page.locator('#quiz').getByRole('button', { name: 'Periksa jawaban' });
  await check.waitFor();
  await page.locator('#quiz input').first().check();
  await check.click();
  await page.locator('#quiz').getByRole('button', { name: /Berikutnya/ }).waitFor();
  await page.locator('#xss').getByText('Judul').waitFor();
  const state = await page.evaluate(() => ({ violations: window.__violations, xss: window.__xss ?? 0 }));
  assert.deepEqual(state.violations, []);
  assert.equal(state.xss, 0);
  assert.deepEqual(problems, []);
  await page.close();
});
