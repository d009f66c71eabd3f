// A crafted hub link cannot make the app load a file of its origin as a trusted built-in pack (issue 7): the hub
// copies `#pack=` from the URL hash into the element's `pack` attribute, so the element itself must refuse any id
// that is not a built-in pack, with the usual visible error, and without asking the server for that path.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve, watch } from './browser.mjs';

const DIST = process.env.AMAN_DIST ?? 'dist';
const quizStrings = JSON.parse(readFileSync('locales/id/quiz.json', 'utf8'));
const errorStrings = JSON.parse(readFileSync('locales/id/errors.json', 'utf8'));

let browser, site, root;
before(async () => {
  browser = await launch();
  // The built app at /, and beside it a JSON file that the crafted id points at (a page of the same origin).
  root = mkdtempSync(join(tmpdir(), 'aman-hub-pack-'));
  cpSync(DIST, root, { recursive: true });
  mkdirSync(join(root, 'test/fixtures'), { recursive: true });
  cpSync('test/fixtures/quiz-mini.id.json', join(root, 'test/fixtures/quiz-mini.id.json'));
  site = await serve(root);
});
after(async () => {
  await browser?.close();
  await site?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** What the element on the hub's stage shows once it has settled. */
async function stage(page) {
  await page.waitForFunction(() => {
    const root = document.querySelector('#stage-body > aman-quiz')?.shadowRoot;
    return !!root?.querySelector('.prompt, [role="alert"]');
  });
  return page.evaluate(() => {
    const root = document.querySelector('#stage-body > aman-quiz').shadowRoot;
    return {
      alert: root.querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
      prompt: root.querySelector('.prompt')?.textContent.trim() ?? null,
    };
  });
}

test('a hub link with pack=../../test/fixtures/quiz-mini shows the error, not a quiz, and fetches nothing there', { timeout: 30000 }, async () => {
  const page = await browser.newPage();
  const problems = watch(page);
  const errors = [];
  await page.exposeFunction('__amanError', (d) => errors.push(d));
  await page.addInitScript(() => document.addEventListener('aman-error', (e) => window.__amanError(e.detail)));
  await page.goto(`${site.url}index.html#open=aman-quiz&pack=..%2F..%2Ftest%2Ffixtures%2Fquiz-mini`);
  const shown = await stage(page);
  assert.equal(shown.prompt, null, `a quiz was shown: ${shown.prompt}`);
  assert.ok(shown.alert?.includes(errorStrings.title), `no error shown: ${JSON.stringify(shown)}`);
  assert.equal(errors.length, 1);
  assert.deepEqual(site.requests.filter((u) => u.includes('test/fixtures') || u.includes('quiz-mini')), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a hub link with a real built-in pack id still opens that quiz', { timeout: 30000 }, async () => {
  const page = await browser.newPage();
  const problems = watch(page);
  await page.goto(`${site.url}index.html#open=aman-quiz&pack=alur-rujukan-petugas`);
  const shown = await stage(page);
  assert.equal(shown.alert, null);
  assert.ok(shown.prompt);
  await page.locator('#stage-body aman-quiz').getByRole('button', { name: quizStrings.check }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});
