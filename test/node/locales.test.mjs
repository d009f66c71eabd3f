// Every language has every word, and every word the code asks for exists. Generic over locales/: a namespace
// file added or renamed is covered without touching this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const LOCALES = 'locales';
const SOURCE = 'src';
const PLURAL = /_(zero|one|two|few|many|other)$/;
const json = (path) => JSON.parse(readFileSync(path, 'utf8'));
const namespaces = readdirSync(join(LOCALES, 'id')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const languages = readdirSync(LOCALES).filter((d) => statSync(join(LOCALES, d)).isDirectory());

/** `{ 'a.b': 'text' }` for every string in a nested locale object. */
function flatten(node, prefix = '') {
  return Object.entries(node).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
  );
}
/** The keys as the code names them: plural forms (`_one`, `_other`, …) count as their base key. */
const baseKeys = (node) => [...new Set(flatten(node).map(([k]) => k.replace(PLURAL, '')))].sort();
const placeholders = (s) => [...new Set(String(s).match(/\{\{\s*[\w.]+\s*\}\}/g) ?? [])].map((p) => p.replace(/\s/g, '')).sort();

test('there is more than one language and more than one namespace to compare', () => {
  assert.ok(languages.includes('id') && languages.length >= 3, languages.join());
  assert.ok(namespaces.length >= 5, namespaces.join());
});

for (const ns of namespaces) {
  test(`${ns}: every language has the same keys as Indonesian, with words and the same {{placeholders}}`, () => {
    const id = json(join(LOCALES, 'id', `${ns}.json`));
    const idStrings = Object.fromEntries(flatten(id).map(([k, v]) => [k.replace(PLURAL, ''), v]));
    for (const lng of languages.filter((l) => l !== 'id')) {
      const file = join(LOCALES, lng, `${ns}.json`);
      assert.ok(readdirSync(join(LOCALES, lng)).includes(`${ns}.json`), `${file} is missing`);
      const other = json(file);
      assert.deepEqual(baseKeys(other), baseKeys(id), `${lng}/${ns}: keys differ from id/${ns}`);
      for (const [k, v] of flatten(other)) {
        assert.equal(typeof v, 'string', `${lng}/${ns}:${k} is not text`);
        assert.match(v, /\S/, `${lng}/${ns}:${k} is empty`);
        assert.deepEqual(placeholders(v), placeholders(idStrings[k.replace(PLURAL, '')]), `${lng}/${ns}:${k} placeholders`);
      }
    }
  });
}

test('no language has a namespace that Indonesian lacks', () => {
  for (const lng of languages) {
    const extra = readdirSync(join(LOCALES, lng)).filter((f) => f.endsWith('.json') && !namespaces.includes(f.slice(0, -5)));
    assert.deepEqual(extra, [], lng);
  }
});

// --- every key the source uses exists in locales/id -------------------------------------------------------------

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'generated' ? [] : sourceFiles(p);
    return /\.ts$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

/**
 * The namespace a file's un-prefixed keys belong to: the first of its `new LangController(this, ['ns', …])`, of a
 * `static namespaces = ['ns', …]` list (the shape an element base class may use), or the one locale file it
 * fetches (`locales/${lng}/ns.json`).
 */
function declaredNamespace(text) {
  const patterns = [
    /new\s+LangController\s*\(\s*this\s*,\s*\[\s*['"`]([\w-]+)['"`]/,
    /\bnamespaces\b\s*(?::[^=;]*)?=\s*\[\s*['"`]([\w-]+)['"`]/,
    /locales\/\$\{[^}]+\}\/([\w-]+)\.json/,
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

/** Literal keys of `t('…')` / `t("…")` / `t(`…`)` calls (also `this.i18n.t(…)`); template keys with `${}` are skipped. */
function usedKeys(text) {
  const keys = [];
  for (const m of text.matchAll(/(?<![\w$])t\(\s*(['"`])((?:(?!\1)[^\\\n])+)\1/g)) {
    if (m[1] === '`' && m[2].includes('${')) continue;
    keys.push(m[2]);
  }
  return keys;
}

function has(node, key) {
  const parts = key.split('.');
  const last = parts.pop();
  for (const p of parts) node = typeof node === 'object' && node !== null ? node[p] : undefined;
  if (typeof node !== 'object' || node === null) return false;
  return typeof node[last] === 'string' || Object.keys(node).some((k) => k.replace(PLURAL, '') === last && PLURAL.test(k));
}

const idLocales = Object.fromEntries(namespaces.map((ns) => [ns, json(join(LOCALES, 'id', `${ns}.json`))]));

test('the key finder reads the shapes the code uses', () => {
  assert.deepEqual(usedKeys("t('a') x.t(\"b.c\", {n}) t(`errors:d`) t(`mark.${s}`) this.#i18n.t('e') set('f') at('g')"), ['a', 'b.c', 'errors:d', 'e']);
  assert.equal(declaredNamespace("new LangController(this, ['quiz', 'common'])"), 'quiz');
  assert.equal(declaredNamespace("static override namespaces: readonly string[] = ['help-card', 'contacts'];"), 'help-card');
  assert.equal(declaredNamespace('fetch(new URL(`locales/${l}/app.json`, base))'), 'app');
  assert.equal(has({ a: { b: 'x' }, n_one: '1', n_other: 'n' }, 'a.b') && has({ n_one: '1', n_other: 'n' }, 'n'), true);
  assert.equal(has({ a: { b: 'x' } }, 'a'), false); // an object is not a string to show
});

test('every translation key used in src/ exists in locales/id', () => {
  const files = sourceFiles(SOURCE);
  const byDir = new Map();
  for (const f of files) {
    const ns = declaredNamespace(readFileSync(f, 'utf8'));
    if (ns && !byDir.has(dirname(f))) byDir.set(dirname(f), ns);
  }
  const missing = [];
  let checked = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    // A file without its own list (a template module of an element) speaks its folder's namespace.
    const own = declaredNamespace(text) ?? byDir.get(dirname(f));
    for (const key of usedKeys(text)) {
      checked++;
      const [ns, k] = key.includes(':') ? key.split(':', 2) : [own, key];
      const where = `${relative('.', f)}: t('${key}')`;
      if (ns === undefined) {
        // No namespace known for this file: the key must at least exist in some namespace.
        if (!namespaces.some((n) => has(idLocales[n], k))) missing.push(`${where} (in no namespace)`);
      } else if (!idLocales[ns]) missing.push(`${where}: no locales/id/${ns}.json`);
      else if (!has(idLocales[ns], k)) missing.push(`${where}: not in locales/id/${ns}.json`);
    }
  }
  assert.ok(checked > 80, `only ${checked} keys found: the finder no longer sees the calls`);
  assert.deepEqual(missing, []);
});

test('every namespace an element declares exists', () => {
  const elements = sourceFiles(join(SOURCE, 'elements'));
  const declared = elements.map((f) => declaredNamespace(readFileSync(f, 'utf8'))).filter(Boolean);
  for (const ns of declared) assert.ok(namespaces.includes(ns), `locales/id/${ns}.json`);
});

test('the browser test of the Indonesian strings before i18next loads (test/shared/i18n.test.ts) covers every namespace', () => {
  const list = readFileSync('test/shared/i18n.test.ts', 'utf8').match(/export const NAMESPACES = \[([^\]]*)\]/)?.[1] ?? '';
  const listed = [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]).sort();
  assert.deepEqual(listed, [...namespaces].sort());
});
