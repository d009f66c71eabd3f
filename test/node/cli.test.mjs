// The `aman-validate` CLI as an agency author meets it: exit codes and messages with JSON paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

test('the picture of the example in docs/authoring-quiz.md ships: every image src resolves to a file under content/', () => {
  const md = readFileSync('docs/authoring-quiz.md', 'utf8');
  const pack = JSON.parse(md.split('```json\n')[1].split('\n```')[0]);
  const images = pack.questions.filter((q) => q.image).map((q) => q.image);
  assert.ok(images.length > 0, 'the complete example shows how to add a picture');
  // Where the guide says to save the example: beside Aman's own quiz packs.
  const packUrl = new URL('content/quiz/kuis-sekolah-kita.id.json', 'http://aman.test/');
  for (const { src, alt } of images) {
    const url = new URL(src, packUrl);
    assert.equal(url.origin, packUrl.origin, `${src}: on the site of the pack`);
    const file = url.pathname.slice(1);
    assert.ok(file.startsWith('content/') && existsSync(file), `${src} → ${file} is not shipped`);
    assert.ok(statSync(file).size < 8192, `${file} is small`);
    if (file.endsWith('.svg')) assert.match(readFileSync(file, 'utf8'), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox=/);
    assert.ok(alt.trim().length > 10, 'the alt text describes the picture');
  }
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
  assert.match(id.stdout + id.stderr, /quiz-invalid\.json: questions\[2\]#q3\.options: minimal 2/);
  const en = cli('--lang', 'en', 'test/fixtures/quiz-invalid.json');
  assert.match(en.stdout + en.stderr, /questions\[2\]#q3\.options: at least 2 items/);
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
    'test/fixtures/procedure-training-broken-next.json: scenes[0]#g1.choices[1]#b.next: adegan "g3" tidak ada di "scenes"',
  );
  const en = cli('--lang', 'en', 'test/fixtures/procedure-training-broken-next.json');
  assert.match(en.stdout, /scenes\[0\]#g1\.choices\[1\]#b\.next: there is no scene "g3" in "scenes"/);
});

test('wrong usage: exit 2 with the usage line', () => {
  const r = cli();
  assert.equal(r.status, 2);
  assert.match(r.stderr, /usage: aman-validate/);
});

// Issue 10.13 and 16: what the validator used to let through, and how the CLI says it.
const tmp = (name, text) => {
  const file = join(mkdtempSync(join(tmpdir(), 'aman-')), name);
  writeFileSync(file, text);
  return file;
};
const quiz = (questions, extra = {}) =>
  JSON.stringify({ schema: 'aman-pack/1', kind: 'quiz', id: 'x', lang: 'en', version: '1.0.0', title: 'T', passMark: 0.7, ...extra, questions }, null, 2);
const single = { id: 'q1', type: 'single', prompt: 'P', options: [{ id: 'a', text: 'A', correct: true }, { id: 'b', text: 'B' }] };

test('a JSON syntax error gives its line and column, as the elements do', () => {
  const r = cli('--lang', 'en', tmp('syntax.json', '{\n  "schema": "aman-pack/1",\n}\n'));
  assert.equal(r.status, 1);
  assert.match(r.stdout, /syntax\.json: not valid JSON: .*\(line 3 column 1\)/);
  const cut = cli('--lang', 'en', tmp('cut.json', '{\n  "a": [1,\n'));
  assert.match(cut.stdout, /cut\.json: not valid JSON: .*\(line 3 column 1\)/);
});

test('problems name the question by id and index; a misspelled field is an error, another unknown one a warning', () => {
  const file = tmp('typo.json', quiz([{ ...single, explaination: 'E', answer: 'b', hint: 'h' }, { id: 'q2', type: 'true-false', prompt: 'P' }], { passMark: 70 }));
  const r = cli('--lang', 'en', file);
  assert.equal(r.status, 1, r.stdout);
  const lines = r.stdout.trim().split('\n').map((l) => l.slice(file.length + 2));
  assert.deepEqual(lines, [
    'passMark: must be a fraction from 0 to 1: for 70% write 0.7',
    'questions[0]#q1.explaination: unknown field "explaination": did you mean "explanation"?',
    'questions[0]#q1.answer: a "single" question does not use "answer": mark the right option with "correct": true',
    'questions[1]#q2.answer: field "answer" is required',
    'warning: questions[0]#q1.hint: unknown field "hint" (ignored)',
  ]);
  const warnOnly = cli(tmp('warn.json', quiz([{ ...single, hint: 'h' }])));
  assert.equal(warnOnly.status, 0, warnOnly.stdout);
  assert.match(warnOnly.stdout, /warn\.json: OK\n.*warn\.json: peringatan: questions\[0\]#q1\.hint: kolom "hint" tidak dikenal/);
});

test('a missing required field is named at its own path', () => {
  const r = cli('--lang', 'en', tmp('noq.json', JSON.stringify({ schema: 'aman-pack/1', kind: 'quiz', id: 'x', lang: 'en', version: '1.0.0', title: 'T', passMark: 0.7 })));
  assert.equal(r.status, 1);
  assert.match(r.stdout, /noq\.json: questions: field "questions" is required/);
});

test('a link that shows one number and dials another is refused, in every language', () => {
  const file = tmp('link.json', quiz([{ ...single, prompt: 'Call [SAPA 129](tel:+6281299998888)' }]));
  const en = cli('--lang', 'en', file);
  assert.equal(en.status, 1);
  assert.match(en.stdout, /questions\[0\]#q1\.prompt: link "SAPA 129" shows a number other than the one it dials \(\+6281299998888\)/);
  for (const lang of ['id', 'jv']) assert.match(cli('--lang', lang, file).stdout, /questions\[0\]#q1\.prompt: .*"SAPA 129".*\+6281299998888/);
});

test('a pack bigger than the elements read is refused', () => {
  const r = cli('--lang', 'en', tmp('huge.json', quiz([{ ...single, prompt: 'x'.repeat(3 * 1024 * 1024) }])));
  assert.equal(r.status, 1);
  assert.match(r.stdout, /huge\.json: the pack at .*huge\.json is larger than 2 MB/);
});
