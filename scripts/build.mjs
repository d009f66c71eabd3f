#!/usr/bin/env node
// The whole build, in order. Each step is one tool or one small script; this file prints how long each took.
//   dist/aman.js, elements/, chunks/, cli/, app.js, app.css, aman.bundle.js, size-graph.json   Rollup (rollup.config.js)
//   dist/locales/, content/, schemas/, trust/, index.html, icons/                              copied as they are
//   dist/types/                                                                                tsc (tsconfig.build.json)
//   dist/custom-elements.json, vscode.*-custom-data.json, web-types.json                       cem
//   dist/manifest.webmanifest, app-data.json, sw.js + precache-size.json                       scripts/app/*.mjs
import { execSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';

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
  for (const dir of ['locales', 'content', 'schemas', 'trust']) cpSync(dir, `dist/${dir}`, { recursive: true });
  cpSync('src/app/index.html', 'dist/index.html');
  cpSync('src/app/notes.html', 'dist/presenter-notes.html');
  cpSync('src/app/notes.css', 'dist/presenter-notes.css');
  cpSync('src/app/icons', 'dist/icons', { recursive: true });
  if (existsSync('public')) cpSync('public', 'dist', { recursive: true });
});
// Declarations of the public modules for the npm package (`types` and the `exports` map point here).
step('types', () => {
  sh('npx tsc -p tsconfig.build.json');
  // The generated modules are plain JS with hand-written declarations: tsc does not emit those, so they are copied.
  cpSync('src/generated', 'dist/types/generated', { recursive: true, filter: (f) => !/\.(js|ts)$/.test(f) || f.endsWith('.d.ts') });
});
step('custom-elements.json', () => {
  sh('npx cem analyze --config custom-elements-manifest.config.mjs --quiet');
  cpSync('custom-elements.json', 'dist/custom-elements.json');
});
step('web app manifest', () => sh('node scripts/app/manifest.mjs'));
step('app-data.json', () => sh('node scripts/app/app-data.mjs'));
// Last: the worker precaches every file above, each with its revision.
step('service worker', () => sh('node scripts/app/service-worker.mjs'));
console.log(`build: done in ${Date.now() - t0} ms`);
