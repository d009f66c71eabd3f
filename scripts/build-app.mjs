#!/usr/bin/env node
// The standalone app and the offline layer, written into dist/ after Rollup and the static copies (build.mjs):
//   index.html + app.js + app.css  the hub (sources in src/app/), no inline script or style: runs under the strict CSP
//   app-data.json                  the elements and built-in packs of this build, for the hub
//   manifest.webmanifest, icons/   installable app; the icons are committed PNGs (src/app/icons/)
//   aman.bundle.js                 single-file fallback with the Indonesian strings and packs inlined (esbuild)
//   sw.js                          Workbox service worker precaching all of the above; precache-size.json
// Usage: node scripts/build-app.mjs [distDir]. `generateServiceWorker(dir)` is exported for the update e2e test.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { injectManifest } from 'workbox-build';

const ROOT = resolve(import.meta.dirname, '..');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Tags in the order of DESIGN.md; elements this list does not know yet come after, alphabetically. */
const ORDER = [
  'aman-quiz',
  'aman-lesson',
  'aman-report-guide',
  'aman-help-card',
  'aman-quick-exit',
  'aman-stigma-module',
  'aman-procedure-training',
  'aman-collaboration-check',
  'aman-presenter',
];
/** The pack kinds (schemas/kinds.json): which element shows each kind, and its default pack. */
const KINDS = Object.entries(JSON.parse(readFileSync(join(ROOT, 'schemas/kinds.json'), 'utf8'))).filter(([k]) => !k.startsWith('$'));
const kindOf = (tag) => KINDS.find(([, v]) => v.element === tag);
/** The hub shows these in its frame rather than as a card. */
const NOT_LISTED = new Set(['aman-offline']);

// --- the service worker -------------------------------------------------------------------------------------------

/**
 * The worker's source is scripts/sw/aman-sw.js (injectManifest): what it may keep depends on who asked (a header
 * Aman's pack loader sets, the page's own opt-in), on the answer's headers and, for pages, on what the page carries
 * (never the report guide) — rules generateSW's configuration cannot express. esbuild bundles the Workbox modules
 * into it, so nothing is loaded from a CDN or any other origin; workbox-build then writes the precache list into it.
 */
export async function generateServiceWorker(dist = 'dist', { maxBytes = budget().maxBytes } = {}) {
  const dir = resolve(dist);
  const swSrc = join(dir, 'sw.src.js');
  await esbuild({
    entryPoints: [join(ROOT, 'scripts/sw/aman-sw.js')],
    outfile: swSrc,
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  let result;
  try {
    result = await injectManifest({
      swSrc,
      swDest: join(dir, 'sw.js'),
      globDirectory: dir,
      globPatterns: ['**/*.{js,json,css,html,png,svg,webmanifest}'],
      globIgnores: [
        'sw.js',
        'sw.src.js',
        'workbox-*.js',
        'aman.bundle.js', // the fallback for hosts without dist/: the app itself never loads it
        'cli/**',
        'types/**',
        'custom-elements.json',
        'vscode.*-custom-data.json', // editor data for developers, not for the app
        'web-types.json',
        'size-report.json',
        'precache-size.json',
        '**/*.test.*',
        '**/*.map',
      ],
      // Rollup puts a content hash in every chunk name: the URL is the revision.
      dontCacheBustURLsMatching: /^chunks\/.+-[\w-]{6,}\.js$/,
      maximumFileSizeToCacheInBytes: 512 * 1024,
    });
  } finally {
    rmSync(swSrc, { force: true });
  }
  const { count, size, warnings } = result;
  for (const w of warnings) console.warn(`build-app: workbox: ${w}`);
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  // The Workbox runtime is inside sw.js; a warning text mentions a bit.ly link, but nothing may be loaded from
  // elsewhere (the offline e2e test records every request to be sure).
  if (/importScripts\s*\(|workbox-cdn|storage\.googleapis\.com/.test(sw)) {
    throw new Error('build-app: sw.js imports scripts from elsewhere; it must be self-contained');
  }
  writeFileSync(join(dir, 'precache-size.json'), `${JSON.stringify({ count, bytes: size }, null, 2)}\n`);
  const over = size > maxBytes;
  console.log(`build-app: precache ${count} files, ${kb(size)} (cap ${kb(maxBytes)})${over ? ' OVER THE CAP' : ''}`);
  if (over) throw new Error(`build-app: the precache is over its cap (size-budgets.json "precache.maxBytes")`);
  return { count, bytes: size };
}

function budget() {
  const b = JSON.parse(readFileSync(join(ROOT, 'size-budgets.json'), 'utf8'));
  return { maxBytes: b.precache?.maxBytes ?? 2 * 1024 * 1024 };
}

// --- the pieces -----------------------------------------------------------------------------------------------------

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** Every built-in pack: content/<kind>/<id>.<lang>.json → { kind: [{ id, titles: { lang: title } }] }. */
function readPacks(contentDir) {
  const packs = {};
  for (const f of listFiles(contentDir)) {
    const m = /^([\w-]+)[\\/]([\w-]+)\.(id|en|jv)\.json$/.exec(f);
    if (!m) continue;
    const [, kind, id, lang] = m;
    let title = id;
    try {
      title = JSON.parse(readFileSync(join(contentDir, f), 'utf8')).title || id;
    } catch {
      /* an invalid pack is the validator's business; the hub still lists it by id */
    }
    const list = (packs[kind] ??= []);
    let entry = list.find((p) => p.id === id);
    if (!entry) list.push((entry = { id, titles: {} }));
    entry.titles[lang] = title;
  }
  return packs;
}

/** The custom-elements manifest's view of each tag: its summary. */
function readManifest() {
  const file = [join(ROOT, 'dist/custom-elements.json'), join(ROOT, 'custom-elements.json')].find(existsSync);
  const out = {};
  if (!file) return out;
  for (const mod of JSON.parse(readFileSync(file, 'utf8')).modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      out[d.tagName] = { summary: d.summary ?? '' };
    }
  }
  return out;
}

function appData(dist, version) {
  const manifest = readManifest();
  const packs = readPacks(join(dist, 'content'));
  const tags = listFiles(join(dist, 'elements'))
    .filter((f) => /^aman-[\w-]+\.js$/.test(f))
    .map((f) => f.slice(0, -3))
    .filter((t) => !NOT_LISTED.has(t));
  const rank = (t) => (ORDER.includes(t) ? ORDER.indexOf(t) : ORDER.length);
  tags.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const elements = tags.map((tag) => {
    const info = manifest[tag] ?? {};
    const [kind, { defaultPack } = {}] = kindOf(tag) ?? [];
    const withPacks = kind && packs[kind];
    if (withPacks && defaultPack) {
      // The element's own default first, so the hub preselects what the bare tag would show.
      packs[kind].sort((a, b) => (b.id === defaultPack) - (a.id === defaultPack) || a.id.localeCompare(b.id));
    }
    return { tag, ...(withPacks ? { kind } : {}), summary: info.summary ?? '' };
  });
  return { version, build: '', elements, packs };
}

async function buildHub(dist) {
  await esbuild({
    entryPoints: [
      { in: join(ROOT, 'src/app/app.ts'), out: 'app' },
      { in: join(ROOT, 'src/app/app.css'), out: 'app' },
    ],
    outdir: dist,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    tsconfig: join(ROOT, 'tsconfig.json'),
  });
  cpSync(join(ROOT, 'src/app/index.html'), join(dist, 'index.html'));
}

/** src/app/icons/: a white shield with a heart on Aman blue; the maskable one full-bleed, symbol in the safe circle. */
function writeIcons(dist) {
  cpSync(join(ROOT, 'src/app/icons'), join(dist, 'icons'), { recursive: true });
  return [
    { file: 'icon-192.png', size: 192, maskable: false },
    { file: 'icon-512.png', size: 512, maskable: false },
    { file: 'maskable-512.png', size: 512, maskable: true },
  ];
}

function writeManifest(dist, icons) {
  const id = JSON.parse(readFileSync(join(ROOT, 'locales/id/app.json'), 'utf8'));
  const manifest = {
    id: './',
    name: `Aman — ${id.tagline}`,
    short_name: 'Aman',
    description: id.description,
    lang: 'id',
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b4f8a',
    categories: ['education', 'social'],
    icons: icons.map((i) => ({
      src: `icons/${i.file}`,
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.maskable ? 'maskable' : 'any',
    })),
  };
  writeFileSync(join(dist, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** dist/aman.bundle.js: everything in one ES module, with the Indonesian strings and built-in packs inlined. */
async function buildBundle(dist) {
  const assetBase = {
    name: 'aman-asset-base',
    setup(b) {
      // Same marker Rollup rewrites: the bundle sits in dist/, beside locales/ and content/.
      b.onLoad({ filter: /[\\/]src[\\/]shared[\\/]assets\.ts$/ }, (args) => {
        const code = readFileSync(args.path, 'utf8');
        const out = code.replace('new URL(ROOT, import.meta.url)', "new URL('./', import.meta.url)");
        if (out === code) throw new Error('asset base marker (new URL(ROOT, import.meta.url)) not found in assets.ts');
        return { contents: out, loader: 'ts' };
      });
    },
  };
  // package.json's `sideEffects` names only the define modules; the data registration is a side effect too.
  const keepRegistration = {
    name: 'aman-keep-registration',
    setup(b) {
      b.onResolve({ filter: /^\.\/bundle-data\.js$/ }, (args) => ({
        path: join(args.resolveDir, 'bundle-data.ts'),
        sideEffects: true,
      }));
    },
  };
  const inlineData = {
    name: 'aman-inline-data',
    setup(b) {
      b.onResolve({ filter: /^aman:inline-data$/ }, () => ({ path: 'inline-data', namespace: 'aman-inline' }));
      b.onLoad({ filter: /.*/, namespace: 'aman-inline' }, () => {
        const locales = {};
        for (const f of listFiles(join(ROOT, 'locales/id'))) {
          // app.json is the hub's, which the bundle does not contain.
          if (f.endsWith('.json') && f !== 'app.json') locales[f.slice(0, -5)] = JSON.parse(readFileSync(join(ROOT, 'locales/id', f), 'utf8'));
        }
        const packs = [];
        for (const f of listFiles(join(ROOT, 'content'))) {
          const m = /^([\w-]+)[\\/]([\w-]+)\.id\.json$/.exec(f);
          if (m) packs.push({ kind: m[1], id: m[2], data: JSON.parse(readFileSync(join(ROOT, 'content', f), 'utf8')) });
        }
        return {
          contents: `export const locales = ${JSON.stringify(locales)};\nexport const packs = ${JSON.stringify(packs)};\n`,
          loader: 'js',
        };
      });
    },
  };
  await esbuild({
    entryPoints: [join(ROOT, 'src/app/bundle-entry.ts')],
    outfile: join(dist, 'aman.bundle.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['production', 'module'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    tsconfig: join(ROOT, 'tsconfig.json'),
    plugins: [assetBase, keepRegistration, inlineData],
  });
}

/** A short hash of everything the service worker precaches, shown in the hub's footer to tell versions apart. */
function buildId(dist) {
  const h = createHash('sha256');
  for (const f of listFiles(dist)) {
    if (/^(sw\.js|app-data\.json|precache-size\.json|size-report\.json|aman\.bundle\.js)$|^(cli|types)[\\/]/.test(f)) continue;
    h.update(f).update(readFileSync(join(dist, f)));
  }
  return h.digest('hex').slice(0, 10);
}

export async function buildApp(dist = 'dist') {
  const t0 = Date.now();
  dist = resolve(dist);
  if (!existsSync(join(dist, 'aman.js'))) throw new Error(`build-app: ${relative(ROOT, dist)}/aman.js is missing; run the Rollup build first`);
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  await buildHub(dist);
  writeManifest(dist, writeIcons(dist));
  await buildBundle(dist);
  const data = appData(dist, version);
  data.build = buildId(dist);
  writeFileSync(join(dist, 'app-data.json'), `${JSON.stringify(data, null, 2)}\n`);
  const bundleBytes = statSync(join(dist, 'aman.bundle.js')).size;
  const bundleGz = gzipSync(readFileSync(join(dist, 'aman.bundle.js')), { level: 9 }).length;
  console.log(`build-app: hub with ${data.elements.length} element(s): ${data.elements.map((e) => e.tag).join(', ')}`);
  console.log(`build-app: aman.bundle.js ${kb(bundleBytes)} (${kb(bundleGz)} gzip)`);
  const pre = await generateServiceWorker(dist);
  console.log(`build-app: done in ${Date.now() - t0} ms`);
  return { ...pre, bundleBytes, bundleGz, build: data.build };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildApp(process.argv[2] ?? 'dist').catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
}
