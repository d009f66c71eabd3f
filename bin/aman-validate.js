#!/usr/bin/env node
// aman-validate [--lang id|en|jv] <pack.json>…
// Checks content packs the way the elements do and prints each problem as `file: path: message`, in the author's
// language. Exit 0 when every pack is valid, 1 when any has problems, 2 on wrong usage.
// The validation logic comes from the build (dist/cli/validate.js); in a checkout without a build it is compiled
// from src/core/validate.ts on the fly, so authors and tests in the repo need no build step.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = ['id', 'en', 'jv'];
const USAGE = 'usage: aman-validate [--lang id|en|jv] <pack.json>…';

let lang = 'id';
const files = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--lang') lang = args[++i];
  else if (a.startsWith('--lang=')) lang = a.slice('--lang='.length);
  else if (a === '-h' || a === '--help') {
    console.log(USAGE);
    process.exit(0);
  } else files.push(a);
}
if (!LANGS.includes(lang) || files.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

/** errors.json for a language: the repo's locales/, else the published dist/locales/. */
function messages(lng) {
  for (const dir of ['locales', 'dist/locales']) {
    const f = join(root, dir, lng, 'errors.json');
    if (existsSync(f)) return JSON.parse(readFileSync(f, 'utf8'));
  }
  return {};
}
// Indonesian fills any key a translation lacks, as in the elements.
const t = { ...messages('id'), ...messages(lang) };
const fill = (s, params = {}) => s.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k) => (k in params ? String(params[k]) : ''));
const say = (p) => fill(t[p.key] ?? t.unknown ?? p.key, { key: p.key, ...p.params });

async function loadValidatePack() {
  const built = join(root, 'dist/cli/validate.js');
  if (existsSync(built)) return import(pathToFileURL(built).href);
  if (!existsSync(join(root, 'src/generated/validators.js'))) {
    execFileSync(process.execPath, [join(root, 'scripts/gen-validators.mjs')], { stdio: 'inherit' });
  }
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [join(root, 'src/core/validate-all.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const code = Buffer.from(out.outputFiles[0].text).toString('base64');
  return import(`data:text/javascript;base64,${code}`);
}

/**
 * A JSON syntax error with its line and column, as Chromium words it for the elements ("… at position 11
 * (line 3 column 1)"); Node's own message gives only the position, or nothing when the text ends too early.
 */
function jsonError(e, text) {
  const m = /at position (\d+)(?! \(line)/.exec(e.message);
  const pos = m ? Number(m[1]) : /end of JSON input/i.test(e.message) ? text.length : -1;
  if (pos < 0) return e.message;
  const before = text.slice(0, pos).split('\n');
  const where = `(line ${before.length} column ${before.at(-1).length + 1})`;
  return m ? e.message.replace(m[0], `${m[0]} ${where}`) : `${e.message} ${where}`;
}

const { validatePack, pathWithIds, MAX_PACK_BYTES } = await loadValidatePack();
let failed = false;
for (const file of files) {
  let problems;
  let warnings = [];
  let text;
  let data;
  try {
    // The elements stop reading a pack past this size: say so here rather than after publishing it.
    if (statSync(file).size > MAX_PACK_BYTES) problems = [{ path: '', key: 'tooLarge', params: { url: file, limit: MAX_PACK_BYTES / 1048576 } }];
    else text = readFileSync(file, 'utf8');
  } catch (e) {
    problems = [{ path: '', key: 'loadFailed', params: { url: file, status: e.code ?? 0 } }];
  }
  if (text !== undefined) {
    try {
      data = JSON.parse(text);
    } catch (e) {
      problems = [{ path: '', key: 'notJson', params: { detail: jsonError(e, text) } }];
    }
    if (!problems) {
      const r = validatePack(data);
      problems = r.ok ? [] : r.problems;
      warnings = r.warnings ?? [];
    }
  }
  if (problems.length === 0) console.log(`${file}: ${t.ok ?? 'OK'}`);
  // Problems name each list item by its id as well (`questions[2]#q3.options`).
  const line = (p) => (p.path ? `${file}: ${pathWithIds(data, p.path)}: ${say(p)}` : `${file}: ${say(p)}`);
  for (const p of problems) console.log(line(p));
  // Warnings do not fail the pack (the elements ignore such fields), but an author wants to see them.
  for (const p of warnings) console.log(`${line(p).replace(`${file}: `, `${file}: ${t.warning ?? 'warning'}: `)}`);
  if (problems.length) failed = true;
}
process.exit(failed ? 1 : 0);
