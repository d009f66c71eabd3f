// The library under the strict CSP of DESIGN.md (with Trusted Types required): no violation, nothing blocked,
// the quiz renders and answers, and untrusted pack text runs nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordViolations, strictCspSite, watch } from './browser.mjs';

const harness = strictCspSite((path) => path.startsWith('/test/pages/csp'));

test('strict CSP + Trusted Types: renders with zero violations and runs no pack script', async () => {
  const { browser, site } = harness;
  const page = await browser.newPage();
  const problems = watch(page);
  await recordViolations(page);
  const res = await page.goto(`${site.url}test/pages/csp.html`);
  assert.match(res.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
  const check = page.locator('#quiz').getByRole('button', { name: 'Periksa jawaban' });
  await check.waitFor();
  await page.locator('#quiz input').first().check();
  await check.click();
  await page.locator('#quiz').getByRole('button', { name: /Berikutnya/ }).waitFor();
  await page.locator('#xss').getByText('Judul').waitFor();
  // The lesson: a section with its drawing (a lazy chunk of SVG templates) and a checkpoint, answered.
  await page.locator('#lesson').getByRole('button', { name: 'Mulai pelajaran' }).click();
  await page.locator('#lesson').getByRole('button', { name: 'Bagian berikutnya' }).click();
  await page.locator('#lesson figure svg path').first().waitFor();
  await page.locator('#lesson').getByRole('checkbox').first().check();
  await page.locator('#lesson').getByRole('button', { name: 'Periksa jawaban' }).first().click();
  await page.locator('#lesson [part=feedback]').first().waitFor();
  const state = await page.evaluate(() => ({ violations: window.__violations, xss: window.__xss ?? 0 }));
  assert.deepEqual(state.violations, []);
  assert.equal(state.xss, 0);
  assert.deepEqual(problems, []);
  await page.close();
});
