#!/usr/bin/env node
// dist/sw.js and dist/precache-size.json: the service worker that precaches the build, written last (it lists every
// other file of dist/ with its revision). Usage: node scripts/app/service-worker.mjs [distDir].
// `generateServiceWorker(dir)` is exported for the update e2e test (test/e2e/offline.test.mjs), which redeploys a copy.
//
// The worker's source is scripts/sw/aman-sw.js (injectManifest): what it may keep depends on who asked (a header
// Aman's pack loader sets, the page's own opt-in), on the answer's headers and, for pages, on what the page carries
// (never the report guide) — rules generateSW's configuration cannot express. Rollup bundles the Workbox modules
// into it, so nothing is loaded from a CDN or any other origin; workbox-build then writes the precache list into it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { injectManifest } from 'workbox-build';

const ROOT = resolve(import.meta.dirname, '../..');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** What sw.js must not precache: files for developers, the one-file fallback, and the build's own reports. */
const NOT_PRECACHED = [
  'sw.js',
  'sw.src.js',
  'workbox-*.js',
  'aman.bundle.js', // the fallback for hosts without dist/: the app itself never loads it
  'cli/**',
  'types/**',
  'custom-elements.json',
  'vscode.*-custom-data.json', // editor data for developers, not for the app
  'web-types.json',
  'size-graph.json',
  'size-report.json',
  'precache-size.json',
  '**/*.test.*',
  '**/*.map',
];

/** scripts/sw/aman-sw.js with the Workbox modules it imports, as one classic script (Workbox's production build). */
async function bundleWorker(outFile) {
  const bundle = await rollup({
    input: join(ROOT, 'scripts/sw/aman-sw.js'),
    plugins: [
      nodeResolve({ browser: true }),
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
    ],
  });
  try {
    await bundle.write({ file: outFile, format: 'iife', sourcemap: false });
  } finally {
    await bundle.close();
  }
}

function budget() {
  const b = JSON.parse(readFileSync(join(ROOT, 'size-budgets.json'), 'utf8'));
  return { maxBytes: b.precache?.maxBytes ?? 2 * 1024 * 1024 };
}

export async function generateServiceWorker(dist = 'dist', { maxBytes = budget().maxBytes } = {}) {
  const dir = resolve(dist);
  const swSrc = join(dir, 'sw.src.js');
  await bundleWorker(swSrc);
  let result;
  try {
    result = await injectManifest({
      swSrc,
      swDest: join(dir, 'sw.js'),
      globDirectory: dir,
      globPatterns: ['**/*.{js,json,css,html,png,svg,webmanifest}'],
      globIgnores: NOT_PRECACHED,
      // Rollup puts a content hash (8 characters) in the name of every chunk directly in chunks/ but the layers: the URL
      // is the revision. The layers and chunks/schemas/<kind>.js keep their names, so Workbox revisions them.
      dontCacheBustURLsMatching: /^chunks\/[^/]+-[\w-]{8}\.js$/,
      maximumFileSizeToCacheInBytes: 512 * 1024,
    });
  } finally {
    rmSync(swSrc, { force: true });
  }
  const { count, size, warnings } = result;
  for (const w of warnings) console.warn(`service-worker: workbox: ${w}`);
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  // The Workbox runtime is inside sw.js; a warning text mentions a bit.ly link, but nothing may be loaded from
  // elsewhere (the offline e2e test records every request to be sure).
  if (/importScripts\s*\(|workbox-cdn|storage\.googleapis\.com/.test(sw)) {
    throw new Error('service-worker: sw.js imports scripts from elsewhere; it must be self-contained');
  }
  writeFileSync(join(dir, 'precache-size.json'), `${JSON.stringify({ count, bytes: size }, null, 2)}\n`);
  const over = size > maxBytes;
  console.log(`service-worker: precache ${count} files, ${kb(size)} (cap ${kb(maxBytes)})${over ? ' OVER THE CAP' : ''}`);
  if (over) throw new Error('service-worker: the precache is over its cap (size-budgets.json "precache.maxBytes")');
  return { count, bytes: size };
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  generateServiceWorker(process.argv[2] ?? 'dist').catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
}
