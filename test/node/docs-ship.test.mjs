// The docs say only what ships (issue 10, item 15): the README, the embedding guide, the app's description (its
// strings and index.html's meta description) name no element, element file or kind of material that the build does
// not have. When an element ships, its docs come with it and this list grows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const SHIPPED = ['aman-quiz', 'aman-lesson', 'aman-report-guide', 'aman-help-card', 'aman-quick-exit', 'aman-stigma-module', 'aman-procedure-training', 'aman-collaboration-check', 'aman-monitoring', 'aman-presenter', 'aman-offline'];
// Names of Aman's own things that are not elements (caches, the CLI, the Trusted Types policy, events).
const NOT_ELEMENTS = /^aman-(validate|sw|pages|packs|images|precache|error|progress|complete|offline-status|pack)$/;
const NOT_YET = /\b(coming soon|segera hadir)\b/i;

test('the shipped elements are the ones the source defines', () => {
  const defined = readdirSync('src/elements').map((d) => readFileSync(`src/elements/${d}/define.ts`, 'utf8').match(/'(aman-[a-z-]+)'/)?.[1]);
  assert.deepEqual(defined.sort(), [...SHIPPED].sort());
});

test('README and docs/embedding.md name only elements and element files that ship, and promise nothing else', () => {
  for (const file of ['README.md', 'docs/embedding.md']) {
    const text = readFileSync(file, 'utf8');
    const tags = new Set([...text.matchAll(/\baman-[a-z][a-z-]*[a-z]/g)].map((m) => m[0]));
    const unknown = [...tags].filter((t) => !SHIPPED.includes(t) && !NOT_ELEMENTS.test(t));
    assert.deepEqual(unknown, [], `${file} names elements that do not ship`);
    const promise = text.split('\n').find((line) => NOT_YET.test(line));
    assert.equal(promise, undefined, `${file} promises what does not ship: ${promise}`);
  }
  assert.match(readFileSync('README.md', 'utf8'), /All eleven elements ship today/);
});

test("the app's description (id/en/jv strings, index.html meta, manifest source) says only what ships", () => {
  const descriptions = ['id', 'en', 'jv'].map((l) => JSON.parse(readFileSync(`locales/${l}/app.json`, 'utf8')).description);
  const meta = readFileSync('src/app/index.html', 'utf8').match(/<meta name="description" content="([^"]*)"/)[1];
  assert.equal(meta, descriptions[0], 'the meta description is the Indonesian app description');
  for (const d of [...descriptions, meta]) assert.doesNotMatch(d, NOT_YET);
});
