#!/usr/bin/env node
// The whole build, in order: validators from the schemas, the Rollup bundles, the static files beside them, the
// custom-elements manifest, then the app shell. Prints how long each step took.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';

const t0 = Date.now();
const step = (name, fn) => {
  const t = Date.now();
  fn();
  console.log(`build: ${name} ${Date.now() - t} ms`);
};
const sh = (cmd) => execSync(cmd, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
step('validators', () => sh('node scripts/gen-validators.mjs'));
step('rollup', () => sh('npx rollup -c rollup.config.js --silent'));
// Built-in packs are trusted at run time (no validator download), so every one must be valid here.
step('validate built-in packs', () => sh('node bin/aman-validate.js content/*/*.json'));
step('static files', () => {
  for (const dir of ['locales', 'content', 'schemas']) cpSync(dir, `dist/${dir}`, { recursive: true });
  if (existsSync('public')) cpSync('public', 'dist', { recursive: true });
});
// Declarations of the public modules for the npm package (`types` and the `exports` map point here).
step('types', () => sh('npx tsc -p tsconfig.build.json'));
step('custom-elements.json', () => {
  sh('npx cem analyze --config custom-elements-manifest.config.mjs --quiet');
  mkdirSync('dist', { recursive: true });
  cpSync('custom-elements.json', 'dist/custom-elements.json');
});
if (existsSync('scripts/build-app.mjs')) step('app', () => sh('node scripts/build-app.mjs'));
console.log(`build: done in ${Date.now() - t0} ms`);
