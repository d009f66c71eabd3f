// The `aman-validate` CLI as an agency author meets it: exit codes and messages with JSON paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args) => spawnSync(process.execPath, ['bin/aman-validate.js', ...args], { encoding: 'utf8' });

test('the complete example in docs/authoring-quiz.md is a valid pack', () => {
  const md = readFileSync('docs/authoring-quiz.md', 'utf8');
  const json = md.split('```json\n')[1].split('\n```')[0];
  const file = join(mkdtempSync(join(tmpdir(), 'aman-')), 'example.json');
  writeFileSync(file, json);
  const r = cli(file);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /example\.json: OK/);
});

test('the complete examples in docs/authoring-packs.md are valid packs, one of each new kind', () => {
  const md = readFileSync('docs/authoring-packs.md', 'utf8');
  const examples = md.split('```json\n').slice(1).map((part) => part.split('\n```')[0]);
  assert.deepEqual(
    examples.map((json) => JSON.parse(json).kind),
    ['lesson', 'stigma', 'procedure-training', 'collaboration-check'],
  );
  const dir = mkdtempSync(join(tmpdir(), 'aman-'));
  const files = examples.map((json, i) => {
    const file = join(dir, `example-${i}.json`);
    writeFileSync(file, json);
    return file;
  });
  const r = cli(...files);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout.match(/: OK$/gm)?.length, 4, r.stdout);
});

test('every built-in pack is valid', () => {
  const files = readdirSync('content', { recursive: true })
    .filter((f) => f.endsWith('.json'))
    .map((f) => join('content', f));
  assert.ok(files.length >= 4);
  const r = cli(...files);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('a broken pack: exit 1 and the path of each problem, in the chosen language', () => {
  const id = cli('test/fixtures/quiz-invalid.json');
  assert.equal(id.status, 1);
  assert.match(id.stdout + id.stderr, /quiz-invalid\.json: questions\[2\]\.options: minimal 2/);
  const en = cli('--lang', 'en', 'test/fixtures/quiz-invalid.json');
  assert.match(en.stdout + en.stderr, /questions\[2\]\.options: at least 2 items/);
  const notJson = cli('package-lock.json', 'README.md');
  assert.equal(notJson.status, 1);
  assert.match(notJson.stdout + notJson.stderr, /README\.md/);
});

test('the new kinds: a lesson is valid, a training whose choice leads to no scene is not', () => {
  const ok = cli('test/fixtures/lesson-mini.json');
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  assert.match(ok.stdout, /lesson-mini\.json: OK/);
  const broken = cli('test/fixtures/procedure-training-broken-next.json');
  assert.equal(broken.status, 1, broken.stdout + broken.stderr);
  assert.equal(
    broken.stdout.trim(),
    'test/fixtures/procedure-training-broken-next.json: scenes[0].choices[1].next: adegan "g3" tidak ada di "scenes"',
  );
  const en = cli('--lang', 'en', 'test/fixtures/procedure-training-broken-next.json');
  assert.match(en.stdout, /scenes\[0\]\.choices\[1\]\.next: there is no scene "g3" in "scenes"/);
});

test('wrong usage: exit 2 with the usage line', () => {
  const r = cli();
  assert.equal(r.status, 2);
  assert.match(r.stderr, /usage: aman-validate/);
});
