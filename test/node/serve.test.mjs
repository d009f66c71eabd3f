// `npm start` on a busy port (issue 10, item 14): one plain line that says what to do, not a stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

test('a busy port prints "port N is busy — try `PORT=9000 npm start`" and exits 1, without a stack trace', async () => {
  const blocker = createServer();
  await new Promise((ok) => blocker.listen(0, '127.0.0.1', ok));
  const { port } = blocker.address();
  try {
    const run = spawnSync(process.execPath, ['scripts/serve.mjs', 'dist'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port) },
      encoding: 'utf8',
      timeout: 20000,
    });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.equal(run.stderr.trim(), `port ${port} is busy — try \`PORT=9000 npm start\``);
    assert.doesNotMatch(run.stderr, /at |Error:|node:internal/);
  } finally {
    await new Promise((ok) => blocker.close(ok));
  }
});
