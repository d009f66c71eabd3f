#!/usr/bin/env node
// dist/app-data.json: what the hub lists — the elements of this build in the order of DESIGN.md, the built-in packs
// of each kind (the element's default pack first) with their titles, the package version, and a build id.
// Reads dist/ (elements/, content/, custom-elements.json) and schemas/kinds.json, so it runs after the Rollup build,
// the static copies and the manifest. Usage: node scripts/app/app-data.mjs [distDir].
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const json = (file) => JSON.parse(readFileSync(file, 'utf8'));

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
  'aman-monitoring',
  'aman-presenter',
];
/** The hub shows these in its frame rather than as a card. */
const NOT_LISTED = new Set(['aman-offline']);
/** The pack kinds (schemas/kinds.json): which element shows each kind, and its default pack. */
const KINDS = Object.entries(json(join(ROOT, 'schemas/kinds.json'))).filter(([k]) => !k.startsWith('$'));
const kindOf = (tag) => KINDS.find(([, v]) => v.element === tag);

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
      title = json(join(contentDir, f)).title || id;
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
function readSummaries(dist) {
  const file = [join(dist, 'custom-elements.json'), join(ROOT, 'custom-elements.json')].find(existsSync);
  const out = {};
  if (!file) return out;
  for (const mod of json(file).modules ?? []) {
    for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) out[d.tagName] = d.summary ?? '';
  }
  return out;
}

/** A short hash of everything the service worker precaches, shown in the hub's footer to tell versions apart. */
function buildId(dist) {
  const h = createHash('sha256');
  for (const f of listFiles(dist)) {
    if (/^(sw\.js|app-data\.json|precache-size\.json|size-report\.json|size-graph\.json|aman\.bundle\.js)$|^(cli|types)[\\/]/.test(f)) continue;
    h.update(f).update(readFileSync(join(dist, f)));
  }
  return h.digest('hex').slice(0, 10);
}

export function writeAppData(dist = 'dist') {
  dist = resolve(dist);
  if (!existsSync(join(dist, 'aman.js'))) throw new Error(`app-data: ${dist}/aman.js is missing; run the Rollup build first`);
  const summaries = readSummaries(dist);
  const packs = readPacks(join(dist, 'content'));
  const rank = (t) => (ORDER.includes(t) ? ORDER.indexOf(t) : ORDER.length);
  const tags = listFiles(join(dist, 'elements'))
    .filter((f) => /^aman-[\w-]+\.js$/.test(f))
    .map((f) => f.slice(0, -3))
    .filter((t) => !NOT_LISTED.has(t))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const elements = tags.map((tag) => {
    const [kind, { defaultPack } = {}] = kindOf(tag) ?? [];
    const withPacks = kind && packs[kind];
    if (withPacks && defaultPack) {
      // The element's own default first, so the hub preselects what the bare tag would show.
      packs[kind].sort((a, b) => (b.id === defaultPack) - (a.id === defaultPack) || a.id.localeCompare(b.id));
    }
    return { tag, ...(withPacks ? { kind } : {}), summary: summaries[tag] ?? '' };
  });
  const data = { version: json(join(ROOT, 'package.json')).version, build: buildId(dist), elements, packs };
  writeFileSync(join(dist, 'app-data.json'), `${JSON.stringify(data, null, 2)}\n`);
  console.log(`app-data: hub with ${elements.length} element(s): ${tags.join(', ')}; build ${data.build}`);
  return data;
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) writeAppData(process.argv[2] ?? 'dist');
