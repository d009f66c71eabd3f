// The npm package as a user installs it: every path package.json names is in the tarball, and a scratch project
// that installs the tarball type-checks the documented event usage. Needs a build (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Every file path package.json names, wildcards kept (`*` in an exports target matches one or more characters). */
function namedPaths() {
  const out = [pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types'], ...Object.values(pkg.bin ?? {})];
  const walk = (v) => {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(pkg.exports);
  return [...new Set(out.filter(Boolean).map((p) => p.replace(/^\.\//, '')))];
}

test('npm pack holds every path that package.json names', () => {
  const [{ files }] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT));
  const shipped = files.map((f) => f.path);
  for (const p of namedPaths()) {
    const re = new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.+')}$`);
    assert.ok(shipped.some((f) => re.test(f)), `package.json names ${p}, which the tarball does not hold`);
  }
  // Per-element entries have their declarations where the exports map says.
  for (const f of shipped.filter((x) => /^dist\/elements\/aman-[\w-]+\.js$/.test(x))) {
    const name = /aman-([\w-]+)\.js$/.exec(f)[1];
    assert.ok(shipped.includes(`dist/types/elements/${name}/define.d.ts`), `no declarations for ${f}`);
  }
  assert.ok(!shipped.some((f) => f.startsWith('src/') || f.startsWith('test/')), 'sources or tests in the tarball');
});

test('a scratch project installs the tarball and type-checks aman-complete', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'aman-scratch-'));
  try {
    const [{ filename }] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, filename)], dir);
    writeFileSync(
      join(dir, 'page.ts'),
      `import 'aman';
import type { AmanQuiz } from 'aman/elements/aman-quiz.js';
import { validatePack } from 'aman/validate';
const checked = validatePack({ schema: 'aman-pack/1' });
if (!checked.ok) console.log(checked.problems[0]!.path);
const quiz: AmanQuiz = document.querySelector('aman-quiz')!;
quiz.addEventListener('aman-complete', (e) => {
  const score: number = e.detail.score;
  const passed: boolean = e.detail.passed;
  console.log(score, passed, quiz.lang, quiz.scale);
});
`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], strict: true, noEmit: true, types: [] },
        files: ['page.ts'],
      }),
    );
    const tsc = join(ROOT, 'node_modules/.bin/tsc');
    try {
      execFileSync(tsc, ['-p', dir], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      assert.fail(`the scratch project does not type-check:\n${e.stdout}${e.stderr}`);
    }
    // And a wrong use is caught: the detail is typed, not any.
    writeFileSync(join(dir, 'page.ts'), `import 'aman';\ndocument.querySelector('aman-quiz')!.addEventListener('aman-complete', (e) => { const s: string = e.detail.score; console.log(s); });\n`);
    assert.throws(() => execFileSync(tsc, ['-p', dir], { cwd: dir, stdio: 'pipe' }), 'a string score type-checked: the detail is not typed');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
