// The preload hints that docs/embedding.md, the app's index.html and the test pages name must point at files the build writes (the shared
// layers keep one name across builds so that they can be named). Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const hrefs = (text) => [...text.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);

test('every modulepreload hint of the embedding guide, the app and the test pages names a built file', () => {
  const named = [
    ...hrefs(readFileSync('docs/embedding.md', 'utf8')).map((h) => h.replace(/^\/aman\//, 'dist/')),
    ...hrefs(readFileSync('src/app/index.html', 'utf8')).map((h) => `dist/${h}`),
    ...["bench-cold.html", "embed-csp.html"].flatMap((p) => hrefs(readFileSync(`test/pages/${p}`, 'utf8')).map((h) => h.slice(1))),
  ];
  assert.ok(named.length >= 6, `hints found: ${named}`);
  for (const f of named) assert.ok(existsSync(f), `${f} is named in a hint but the build does not write it`);
});
