// The schema interpreter that ships (src/core/json-schema.ts, fed by src/generated/schemas/<kind>.js) must report what
// ajv reports with `allErrors` — same places, keywords, params and order — for every built-in pack and fixture and
// for thousands of mutations of them (fields dropped, retyped, emptied, added). Run `node scripts/gen-validators.mjs`
// first (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { build } from 'esbuild';

// Each kind's validator as the pack loader makes it: the interpreter over that kind's generated schemas.
const entry = `import { ALL_KINDS } from './src/generated/all-kinds.js';
import { compile } from './src/core/json-schema.ts';
export const validators = Object.fromEntries(Object.entries(ALL_KINDS).map(([k, m]) => [k, compile(m.schemas, 'urn:aman:schema:' + k)]));`;
const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' }, bundle: true, format: 'esm', write: false, platform: 'neutral' });
const { validators } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

const ajv = new Ajv({ allErrors: true, messages: false, strict: true });
for (const f of readdirSync('schemas').filter((f) => f.endsWith('.schema.json'))) ajv.addSchema(JSON.parse(readFileSync(join('schemas', f), 'utf8')));

const samples = [];
for (const dir of ['content/quiz', 'content/lesson', 'content/report-guide', 'content/region', 'content/stigma', 'test/fixtures']) {
  let files = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {}
  for (const f of files) {
    try {
      const data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      if (data && typeof data === 'object' && typeof data.kind === 'string' && validators[data.kind]) samples.push([`${dir}/${f}`, data]);
    } catch {}
  }
}

// A deterministic stream of mutations (no Math.random: a failure must be reproducible).
let seed = 1;
const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
const odd = [null, '', ' ', 0, -1, 1.5, 1e9, true, false, [], {}, 'x', 'a b', '2024-13-40', '+62 21', 'id', 'jv', [1], [{}], { id: 'x' }];
function places(node, path = [], acc = []) {
  acc.push(path);
  if (node && typeof node === 'object') for (const k of Object.keys(node)) places(node[k], [...path, Array.isArray(node) ? Number(k) : k], acc);
  return acc;
}
function mutate(data) {
  const copy = structuredClone(data);
  const all = places(copy).filter((p) => p.length);
  for (let m = 0, n = 1 + rand(3); m < n && all.length; m++) {
    const path = all[rand(all.length)];
    let parent = copy;
    for (const k of path.slice(0, -1)) parent = parent?.[k];
    if (!parent || typeof parent !== 'object') continue;
    const last = path.at(-1);
    const op = rand(4);
    if (op === 0 && !Array.isArray(parent)) delete parent[last];
    else if (op === 1) parent[last] = structuredClone(odd[rand(odd.length)]);
    else if (op === 2 && !Array.isArray(parent)) parent[`extra${rand(3)}`] = 1;
    else if (op === 3 && Array.isArray(parent)) parent.length = rand(parent.length + 1);
    else parent[last] = structuredClone(odd[rand(odd.length)]);
  }
  return copy;
}
const view = (errors) => (errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, params: e.params }));

test('the interpreter reports what ajv reports', () => {
  assert.ok(samples.length >= 6, 'packs to compare');
  let compared = 0;
  const keywords = new Set();
  for (const [name, data] of samples) {
    const kind = data.kind;
    const check = ajv.getSchema(`urn:aman:schema:${kind}`);
    for (let i = 0; i < 150; i++) {
      const d = i === 0 ? data : mutate(data);
      const want = check(d);
      const wantErrors = view(check.errors);
      const got = validators[kind](d);
      assert.equal(got, want, `${name} mutation ${i}: valid`);
      assert.deepEqual(view(validators[kind].errors), wantErrors, `${name} mutation ${i}: errors`);
      compared++;
      for (const e of wantErrors) keywords.add(e.keyword);
    }
  }
  assert.ok(compared > 1000);
  assert.ok(keywords.size >= 6, `mutations reach many keywords: ${[...keywords]}`);
});
