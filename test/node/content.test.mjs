// The default content stays true to FACTS.md: only the national numbers, no regulation or article that FACTS marks
// "verify" presented as a claim, recorded sources, and the same questions and steps in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (p) => JSON.parse(readFileSync(new URL(p, root), 'utf8'));
const packs = ['quiz', 'report-guide', 'region', 'stigma', 'procedure-training'].flatMap((kind) =>
  readdirSync(new URL(`content/${kind}/`, root))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ path: `content/${kind}/${f}`, kind, pack: read(`content/${kind}/${f}`) })),
);
const examples = readdirSync(new URL('docs/examples/', root))
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ path: `docs/examples/${f}`, pack: read(`docs/examples/${f}`) }));

/** Every string of a pack, with its JSON path. */
function* strings(v, path = '') {
  if (typeof v === 'string') yield [path, v];
  else if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* strings(x, `${path}[${x?.id ?? i}]`);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* strings(x, path ? `${path}.${k}` : k);
}

// FACTS.md, "National contacts": the only numbers a default pack may show.
const NATIONAL = new Set(['129', '08111129129', '110', '112', '119']);
// Anything dialled: a number starting with 0 or +62 with at least 6 digits, or a 3-digit short number 1xx.
const PHONE = /(?<![\d-])(?:\+62[\s-]?|\(?0)\d[\d\s().-]{4,}\d|(?<![\d.,/])1\d\d(?![\d.,/])/g;

test('default packs show no phone number outside the national list of FACTS.md', () => {
  assert.ok(packs.length >= 14, `${packs.length} packs`);
  for (const { path, pack } of packs) {
    for (const [p, s] of strings(pack)) {
      for (const m of s.matchAll(PHONE)) {
        const digits = m[0].replace(/\D/g, '');
        assert.ok(NATIONAL.has(digits), `${path} ${p}: "${m[0]}" is not a national number`);
      }
    }
  }
});

// FACTS.md marks these **verify**: the school regulation (probably revoked), its teams, and the SPPA article.
const UNVERIFIED = [
  /Permendikbudristek/i,
  /Permendikdasmen/i,
  /46\/2023/,
  /6\/2026/,
  /\bTPPK\b/,
  /\bSatgas\b/i,
  /Pasal 92/i,
  /Article 92/i,
  /92\s*(ayat\s*)?\(3\)/i,
  // The old wording a family could read as "settling it at home is fine when the abuser is a child".
  /kecuali (jika|bila) pelakunya anak/i,
  /except (when|where) the perpetrator is a child/i,
  /kajawi menawi pelakunipun anak/i,
];

test('no default pack or example pack names a regulation, team or article that FACTS.md marks "verify"', () => {
  for (const { path, pack } of [...packs, ...examples]) {
    for (const [p, s] of strings(pack)) {
      if (p === 'sources' || p.startsWith('sources[')) continue; // the sources say what was not cited, and why
      for (const re of UNVERIFIED) assert.doesNotMatch(s, re, `${path} ${p}`);
    }
  }
});

test('every default pack records its sources where authors can see them', () => {
  for (const { path, kind, pack } of packs) {
    if (kind === 'region') assert.match(pack.source ?? '', /\S/, path);
    else {
      assert.ok(Array.isArray(pack.sources) && pack.sources.length > 0, path);
      for (const s of pack.sources) assert.match(s, /\S/, path);
    }
  }
});

/** The shape of a quiz: what is asked and what is right, without the words. */
const quizShape = (q) =>
  q.questions.map((x) => ({
    id: x.id,
    type: x.type,
    answer: x.answer,
    options: x.options?.map((o) => [o.id, !!o.correct, 'feedback' in o]),
    items: x.items?.map((i) => i.id),
    pairs: x.pairs?.map((p) => p.id),
    texts: ['explanation', 'feedbackTrue', 'feedbackFalse'].filter((k) => k in x),
  }));

test('each default quiz exists in id, en and jv with the same questions, answers and order', () => {
  const ids = new Set(packs.filter((p) => p.kind === 'quiz').map((p) => p.pack.id));
  assert.deepEqual([...ids].sort(), ['alur-rujukan-petugas', 'kenali-dan-laporkan']);
  for (const id of ids) {
    const [base, ...others] = ['id', 'en', 'jv'].map((l) => read(`content/quiz/${id}.${l}.json`));
    for (const [i, p] of [base, ...others].entries()) assert.equal(p.lang, ['id', 'en', 'jv'][i]);
    for (const p of others) {
      assert.deepEqual(quizShape(p), quizShape(base), `${id}.${p.lang}`);
      assert.equal(p.version, base.version, `${id}.${p.lang}`);
      assert.equal(p.passMark, base.passMark, `${id}.${p.lang}`);
    }
  }
});

test('the report guide has the same steps and items in id, en and jv, including the new topics', () => {
  const [base, ...others] = ['id', 'en', 'jv'].map((l) => read(`content/report-guide/lapor.${l}.json`));
  const shape = (g) => ({
    steps: Object.keys(g.steps),
    ...Object.fromEntries(['afterReport', 'rights', 'dos', 'donts'].map((k) => [k, g[k].items.map((i) => i.id)])),
  });
  for (const p of others) assert.deepEqual(shape(p), shape(base), p.lang);
  const s = shape(base);
  for (const id of ['polisi', 'pengadilan']) assert.ok(s.afterReport.includes(id), id);
  for (const id of ['gratis', 'restitusi', 'lpsk']) assert.ok(s.rights.includes(id), id);
  for (const id of ['kesehatan', 'daring', 'serumah', 'pelaku-anak', 'keluarga']) assert.ok(s.dos.includes(id), id);
  for (const id of ['kekeluargaan', 'menikahkan', 'gambar']) assert.ok(s.donts.includes(id), id);
  // The evidence step never asks anyone to keep or forward images of the child.
  for (const g of [base, ...others]) assert.doesNotMatch(g.steps.evidence.text.adult, /^(Simpan juga pesan, foto|Keep messages, photos)/m);
});

test('quiz feedback never opens with a verdict of its own: the element gives it once, in words that are not an option (issue 10 item 8)', () => {
  const verdict = /^(Benar|Salah|Tepat|Belum tepat|Kurang tepat|Keliru|True|False|Correct|Not quite|Wrong|Leres|Lepat|Dereng leres|Kirang leres)\.\s/;
  const found = [];
  for (const f of readdirSync('content/quiz')) {
    const pack = JSON.parse(readFileSync(`content/quiz/${f}`, 'utf8'));
    for (const q of pack.questions) {
      for (const k of ['feedbackTrue', 'feedbackFalse', ...(q.type === 'true-false' ? [] : ['explanation'])]) {
        if (verdict.test(q[k] ?? '')) found.push(`${f} ${q.id}.${k}`);
      }
      for (const o of q.options ?? []) if (verdict.test(o.feedback ?? '')) found.push(`${f} ${q.id}.${o.id}`);
    }
  }
  assert.deepEqual(found, []);
});

test('the parents\' quiz explains UPTD PPA where a reader first meets it, and DP3A wherever it appears (review F18)', () => {
  const explain = { id: /layanan/, en: /service/, jv: /layanan/ };
  const office = { id: /dinas/i, en: /office/, jv: /dinas/i };
  for (const lang of ['id', 'en', 'jv']) {
    const pack = JSON.parse(readFileSync(`content/quiz/kenali-dan-laporkan.${lang}.json`, 'utf8'));
    const texts = pack.questions.flatMap((q) => [q.prompt, ...(q.options ?? []).map((o) => o.text), ...(q.pairs ?? []).flatMap((p) => [p.left, p.right])]);
    const first = texts.find((t) => t?.includes('UPTD PPA'));
    assert.match(first, explain[lang], `${lang}: ${first}`);
    for (const t of texts.filter((t) => t?.includes('DP3A'))) assert.match(t, office[lang], `${lang}: ${t}`);
  }
});

test('the stigma module exists in id, en and jv with the same statements, supportive ends, myths, scenarios and words', () => {
  const [base, ...others] = ['id', 'en', 'jv'].map((l) => read(`content/stigma/dukung-bukan-stigma.${l}.json`));
  const shape = (p) => ({
    version: p.version,
    items: p.attitudeCheck.items.map((i) => [i.id, i.supportive]),
    myths: p.myths.map((m) => m.id),
    scenarios: p.scenarios.map((s) => [s.id, 'role' in s, s.options.map((o) => [o.id, o.supportive, 'feedback' in o])]),
    language: p.language.map((w) => [w.id, 'why' in w]),
  });
  for (const [i, p] of [base, ...others].entries()) assert.equal(p.lang, ['id', 'en', 'jv'][i]);
  for (const p of others) assert.deepEqual(shape(p), shape(base), p.lang);
  // Both ends of the scale are used, so agreeing with everything is never "most supportive".
  assert.deepEqual([...new Set(base.attitudeCheck.items.map((i) => i.supportive))].sort(), ['agree', 'disagree']);
  // Every scenario has a supportive answer and at least one that is not, each with feedback that explains it.
  for (const s of base.scenarios) {
    assert.ok(s.options.some((o) => o.supportive) && s.options.some((o) => !o.supportive), s.id);
    for (const o of s.options) assert.match(o.feedback ?? '', /\S/, `${s.id}.${o.id}`);
  }
});

test('stigma feedback never opens with a verdict on the learner (Salah, Wrong, Lepat…)', () => {
  const verdict = /^(Salah|Keliru|Buruk|Wrong|Bad|Lepat)\b/;
  for (const l of ['id', 'en', 'jv']) {
    const p = read(`content/stigma/dukung-bukan-stigma.${l}.json`);
    for (const s of p.scenarios) for (const o of s.options) assert.doesNotMatch(o.feedback, verdict, `${l} ${s.id}.${o.id}`);
  }
});

test('the collaboration check exists in id and en: the same dimensions and statements, every framework dimension, sources', () => {
  const [id, en] = ['id', 'en'].map((l) => read(`content/collaboration-check/forum-ppa.${l}.json`));
  const shape = (p) => ({ dims: p.dimensions.map((d) => d.id), items: p.items.map((i) => [i.id, i.dimension]), version: p.version });
  assert.deepEqual(shape(en), shape(id));
  assert.ok(id.items.length >= 24, `${id.items.length} statements`);
  // Emerson's three dimensions and Ndraha's six indicators (FACTS.md, "Frameworks named in the seeds").
  assert.deepEqual(id.dimensions.map((d) => d.id), [
    'principled-engagement', 'shared-motivation', 'capacity-joint-action', 'information-communication',
    'coordination-awareness', 'competence-calendar', 'agreement-commitment', 'incentives', 'feedback',
  ]);
  for (const p of [id, en]) {
    assert.ok(p.sources.some((s) => /Frameworks named in the seeds/.test(s)) && p.sources.some((s) => /Why collaboration fails/.test(s)));
    for (const d of p.dimensions) assert.ok(d.recommendation.length > 80, `${p.lang} ${d.id}: a concrete recommendation`);
    assert.equal(new Set(p.items.map((i) => i.statement)).size, p.items.length);
  }
});
