#!/usr/bin/env node
// Prints every dist entry's minified+gzip size, alone and with the chunks it imports statically (what a page
// that loads only that entry transfers), and fails when a closure is over its budget in size-budgets.json.
// The chunk graph and the sizes are Rollup's own: dist/size-graph.json, written by rollup.config.js (`sizeGraph()`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = 'dist';
const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const GRAPH = join(DIST, 'size-graph.json');
if (!existsSync(GRAPH)) {
  console.error(`size: ${GRAPH} is missing; run the build first`);
  process.exit(1);
}
/** dist-relative file name → { name, isEntry, imports, dynamicImports, bytes, gzip } */
const { chunks: graph } = JSON.parse(readFileSync(GRAPH, 'utf8'));
const gz = (file) => graph[file].gzip;

/** Static imports only: `import(` (lazy chunks) is not part of what the entry needs to start. */
function closure(entry) {
  const seen = new Set();
  const walk = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    graph[f].imports.forEach(walk);
  };
  walk(entry);
  return [...seen];
}

const entries = ['aman.js'];
for (const f of Object.keys(graph).sort()) if (/^elements\/[^/]+\.js$/.test(f) && graph[f].isEntry) entries.push(f);
for (const extra of budgets.extraFiles ?? []) if (extra in graph) entries.push(extra);

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const rows = [];
const over = [];
for (const e of entries) {
  const files = closure(e);
  const own = gz(e);
  const total = files.reduce((s, f) => s + gz(f), 0);
  const ownBudget = e in (budgets.total ?? {}) ? undefined : (budgets.own[e] ?? budgets.own.default);
  const totalBudget = budgets.total?.[e];
  if (ownBudget !== undefined && own > ownBudget) over.push(`${e}: own code ${kb(own)} > ${kb(ownBudget)}`);
  if (totalBudget !== undefined && total > totalBudget) over.push(`${e}: with chunks ${kb(total)} > ${kb(totalBudget)}`);
  rows.push({ entry: e, own, total, files: files.length, ownBudget, totalBudget });
}

// The validator and i18next are lazy: needed only for a pack from outside the library and for a language other
// than Indonesian. An entry that imports either statically makes every page load it.
for (const e of entries) {
  for (const lazy of ['chunks/validate.js', 'chunks/i18next.js']) {
    if (closure(e).includes(lazy)) over.push(`${e}: imports ${lazy} statically (it must stay a lazy chunk)`);
  }
}

// i18next is a lazy chunk that only a page in another language than Indonesian loads (src/shared/i18n.ts): the
// whole library on such a page is aman.js with it, budgeted as `aman.js + i18next`.
const ENGINE = 'chunks/i18next.js';
const library = rows.find((r) => r.entry === 'aman.js');
if (library && ENGINE in graph) {
  const total = library.total + gz(ENGINE);
  const totalBudget = budgets.total?.['aman.js + i18next'];
  if (totalBudget !== undefined && total > totalBudget) over.push(`aman.js + i18next: ${kb(total)} > ${kb(totalBudget)}`);
  rows.splice(rows.indexOf(library) + 1, 0, { entry: 'aman.js + i18next', own: undefined, total, files: library.files + 1, totalBudget });
}

const w = Math.max(...rows.map((r) => r.entry.length));
const cell = (n) => (n === undefined ? '—' : kb(n)).padStart(9);
console.log(`\nSize report (minified + gzip -9; "with chunks" = entry + statically imported chunks)`);
console.log(`${'entry'.padEnd(w)}  ${'own'.padStart(9)}  ${'budget'.padStart(9)}  ${'with chunks'.padStart(11)}  ${'budget'.padStart(9)}  files`);
for (const r of rows) {
  console.log(
    `${r.entry.padEnd(w)}  ${cell(r.own)}  ${cell(r.ownBudget)}  ${kb(r.total).padStart(11)}  ${cell(r.totalBudget)}  ${String(r.files).padStart(5)}`,
  );
}
const chunks = Object.keys(graph).filter((f) => f.startsWith('chunks/')).map((f) => f.slice('chunks/'.length));
const layers = [];
console.log(`\nchunks (a layer's budget applies to the chunk of that name)`);
for (const c of chunks.sort()) {
  const size = gz(`chunks/${c}`);
  const name = c.replace(/(-[\w-]{6,})?\.js$/, ''); // hashed chunks, and the layers (one name across builds)
  const budget = budgets.layers?.[name];
  if (budget !== undefined && size > budget) over.push(`chunk ${name}: ${kb(size)} > ${kb(budget)}`);
  layers.push({ chunk: name, size, budget });
  console.log(`  ${c.padEnd(44)} ${kb(size).padStart(9)}  ${budget === undefined ? '' : `budget ${kb(budget)}`}`);
}
for (const name of Object.keys(budgets.layers ?? {})) {
  if (!layers.some((l) => l.chunk === name)) over.push(`layer ${name}: no chunk of that name (was it renamed?)`);
}
writeFileSync(join(DIST, 'size-report.json'), JSON.stringify({ entries: rows, chunks: layers }, null, 2));
const pre = join(DIST, 'precache-size.json');
if (existsSync(pre)) {
  const { count, bytes } = JSON.parse(readFileSync(pre, 'utf8'));
  console.log(`precache (sw.js): ${count} files, ${kb(bytes)} (cap ${kb(budgets.precache?.maxBytes ?? 2097152)})`);
}
if (over.length) {
  console.error(`size: over budget (size-budgets.json):\n  ${over.join('\n  ')}`);
  process.exit(1);
}
