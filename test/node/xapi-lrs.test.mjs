// Opt-in integration run against a real Learning Record Store: Learning Locker's `xapi-statements` (npm, GPL-3.0),
// started here in memory on a free loopback port. It is never a dependency of Aman: install it apart, once, with
//   mkdir -p /tmp/lrs && cd /tmp/lrs && npm init -y && npm install xapi-statements --ignore-scripts
// (or point AMAN_LRS_DIR at another folder). Without it this file skips at once, saying why.
// The statements go through the same outbox the browser uses (src/xapi/queue.ts), with Node's fetch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = process.env.AMAN_LRS_DIR ?? '/tmp/lrs';
const server = join(dir, 'node_modules/xapi-statements/dist/server.js');
const skip = existsSync(server)
  ? false
  : `no test LRS at ${server}: install it apart with "mkdir -p ${dir} && cd ${dir} && npm init -y && npm install xapi-statements --ignore-scripts"`;
if (skip) console.log(`# xapi-lrs: skipped: ${skip}`);

const AUTH = `Basic ${Buffer.from('aman-test:aman-test').toString('base64')}`;
const HEADERS = { 'X-Experience-API-Version': '1.0.3', Authorization: AUTH };
let lrs;
let base;
let logs;
let m;

/** A port nobody uses on the loopback interface. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

before(async () => {
  if (skip) return;
  const { build } = await import('esbuild');
  const out = await build({
    stdin: {
      contents: "export * from './src/xapi/statements.ts'; export * from './src/xapi/queue.ts'; export * from './test/xapi/sample.ts';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'neutral',
  });
  m = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

  const port = await freePort();
  base = `http://127.0.0.1:${port}/xAPI`;
  logs = mkdtempSync(join(tmpdir(), 'aman-lrs-'));
  lrs = spawn(process.execPath, [server], {
    cwd: dir,
    env: {
      ...process.env,
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      EXPRESS_PORT: String(port),
      EXPRESS_MORGAN_DIRECTORY: logs,
      FS_LOCAL_STORAGE_DIR: logs,
      WINSTON_CONSOLE_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  lrs.stderr.on('data', (d) => (stderr += d));
  // Ready when it answers; bounded: 40 tries, 15 s at most.
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/about`, { signal: AbortSignal.timeout(1000) })).ok) break;
    } catch {}
    if (i >= 40 || lrs.exitCode !== null) throw new Error(`the test LRS did not start: ${stderr.slice(-500)}`);
    await new Promise((r) => setTimeout(r, 350));
  }
});

after(() => {
  lrs?.kill();
  if (logs) rmSync(logs, { recursive: true, force: true });
});

/** The statements the LRS holds for an attempt (its registration). */
async function stored(registration) {
  const res = await fetch(`${base}/statements?registration=${registration}&limit=100`, { headers: HEADERS });
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()).statements;
}

const target = () => ({ endpoint: base, auth: () => AUTH, fetch });

test('an attempt reaches a real LRS through the outbox, all of it, once', { skip, timeout: 60_000 }, async () => {
  const result = m.sampleResult();
  const statements = m.statementsFor(result, m.OPTIONS);
  const box = new m.XapiOutbox({ batchSize: 5 });
  assert.equal(box.enqueue(statements), statements.length);
  const s = await box.flush(target());
  assert.deepEqual({ pending: s.pending, failed: s.failed, lastError: s.lastError }, { pending: 0, failed: [], lastError: undefined });

  const back = await stored(result.attemptId);
  assert.equal(back.length, statements.length);
  assert.deepEqual(back.map((x) => x.id).sort(), statements.map((x) => x.id).sort());
  const passed = back.find((x) => x.verb.id.endsWith('/passed'));
  assert.deepEqual(passed.actor.account, { homePage: 'https://dinas-pppa.example', name: 'pelatihan-0042' });
  assert.deepEqual(passed.result.score, { raw: 5, min: 0, max: 7, scaled: 0.7143 });
  assert.ok(!JSON.stringify(back).includes('Siti'), 'the typed name reached the LRS');

  // Sent again (a second export, another device, a lost answer): the LRS still holds each statement once.
  const again = new m.XapiOutbox();
  again.enqueue(statements);
  const s2 = await again.flush(target());
  assert.deepEqual({ pending: s2.pending, failed: s2.failed }, { pending: 0, failed: [] });
  assert.equal((await stored(result.attemptId)).length, statements.length);
});

test('a batch the LRS refuses for one conflicting id is delivered one by one', { skip, timeout: 60_000 }, async () => {
  const result = m.sampleResult({ attemptId: '0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a' });
  const statements = m.statementsFor(result, m.OPTIONS);
  // The LRS already holds the third statement's id with other content.
  const other = { ...statements[2], result: { response: 'z', success: false } };
  const pre = await fetch(`${base}/statements`, { method: 'POST', headers: { ...HEADERS, 'Content-Type': 'application/json' }, body: JSON.stringify([other]) });
  assert.equal(pre.status, 200, await pre.text());

  const box = new m.XapiOutbox();
  box.enqueue(statements);
  const answers = [];
  const recording = async (url, init) => {
    const res = await fetch(url, init);
    answers.push(`${JSON.parse(init.body).length}:${res.status}`);
    return res;
  };
  const s = await box.flush({ ...target(), fetch: recording });
  assert.deepEqual({ pending: s.pending, failed: s.failed }, { pending: 0, failed: [] });
  // The LRS stored nothing of the batch: it answered 409 for all of it.
  assert.deepEqual(answers, ['8:409', ...statements.map((x) => (x.id === other.id ? '1:409' : '1:200'))]);
  const back = await stored(result.attemptId);
  assert.equal(back.length, statements.length);
  assert.equal(back.find((x) => x.id === other.id).result.response, 'z', 'the stored statement was not replaced');
});

test("a statement the LRS refuses is put aside with the LRS's own words", { skip, timeout: 60_000 }, async () => {
  const result = m.sampleResult({ attemptId: '5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e2d1c' });
  const statements = m.statementsFor(result, m.OPTIONS);
  // As an older or careless builder might send it: the LRS says what is wrong.
  statements[1] = { ...statements[1], result: { score: { scaled: 1.5 } } };
  const box = new m.XapiOutbox();
  box.enqueue(statements);
  const s = await box.flush(target());
  assert.equal(s.pending, 0);
  assert.deepEqual(s.failed.map((f) => [f.statement.id, f.status]), [[statements[1].id, 400]]);
  assert.match(s.failed[0].message, /scaled/);
  assert.equal((await stored(result.attemptId)).length, statements.length - 1);
});
