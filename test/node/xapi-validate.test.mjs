// Every statement Aman sends to an agency's LRS passes Learning Locker's xAPI validator (@learninglocker/xapi-validation,
// conformance-tested as part of Learning Locker; a dev dependency only: it loads its rules dynamically and cannot
// be bundled). The statements come from src/xapi/statements.ts, bundled here with esbuild as the browser gets it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import validation from '@learninglocker/xapi-validation';

const validate = validation.default ?? validation;
const out = await build({
  stdin: { contents: "export * from './src/xapi/statements.ts'; export * from './test/xapi/sample.ts';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  format: 'esm',
  write: false,
  platform: 'neutral',
});
const { statementsFor, sampleResult, OPTIONS } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

/** The validator's warnings as readable lines: "statement.result.score.scaled: TypeWarning". */
const problems = (s) => validate(s).map((w) => `${w.path.join('.')}: ${w.constructor.name}`);

const variants = {
  'a passed attempt with negative points and an untested competency': sampleResult(),
  'a failed attempt': sampleResult({ score: 1, passed: false }),
  'an English pack with no decisions and no competencies': sampleResult({
    pack: { id: 'school-case', version: '2.0.0', lang: 'en', title: 'A case at school' },
    competencies: [],
    decisions: [],
    score: 0,
    maxScore: 0,
    passed: true,
    completedAt: sampleResult().startedAt,
  }),
  'a Javanese pack whose ids need escaping, points beyond the maximum': sampleResult({
    pack: { id: 'kasus sekolah', version: '1.0.0', lang: 'jv', title: 'Kasus ing sekolah' },
    role: { id: 'polisi/ppa', title: 'Unit PPA', agency: 'police-ppa' },
    competencies: [{ id: 'consent', title: 'Idin', score: 9, maxScore: 4 }],
    decisions: [{ sceneId: 'p 1', choiceId: 'a,b', scores: {}, best: true }],
    score: -30,
    maxScore: 4,
    passed: false,
  }),
};

for (const [name, result] of Object.entries(variants)) {
  test(`every statement validates: ${name}`, () => {
    const statements = statementsFor(result, OPTIONS);
    assert.ok(statements.length >= 3, `${statements.length} statements`);
    for (const s of statements) assert.deepEqual(problems(s), [], `${s.verb.id} ${s.object.id}`);
    // A batch must not repeat an id (the LRS refuses the whole batch).
    assert.equal(new Set(statements.map((s) => s.id)).size, statements.length);
  });
}

test('the validator is not a rubber stamp: it rejects what a careless builder would send', () => {
  const [s] = statementsFor(sampleResult(), OPTIONS);
  const broken = [
    { ...s, id: 'not-a-uuid' },
    { ...s, actor: { name: 'Siti Rahmawati' } },
    { ...s, result: { score: { scaled: 1.5 } } },
    { ...s, result: { score: { raw: -1, min: 0, max: 7 } } },
    { ...s, context: { ...s.context, registration: 'attempt-1' } },
    { ...s, timestamp: '30/11/2026' },
    { ...s, object: { ...s.object, id: 'kasus-sekolah/guru-bk' } },
  ];
  for (const b of broken) assert.notDeepEqual(problems(b), [], JSON.stringify(b).slice(0, 160));
});
