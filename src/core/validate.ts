import { patternNames, type SchemaError, type SchemaValidator, type Shape } from '../generated/validators.js';
import type { KindSchemas } from '../generated/schemas/index.js';
import { compile, type Schemas } from './json-schema.js';
import { MAX_TEXT } from './limits.js';
import { ILLUSTRATIONS } from './illustrations.js';

export { MAX_PACK_BYTES } from './limits.js';
import { dialled, digits, tokenize } from './markup.js';
import type { Pack, PackKind, PackProblem } from './types.js';

/**
 * Pack validation: the JSON Schemas in `schemas/` (compiled ahead of time to CSP-safe code by
 * `scripts/gen-validators.mjs`) decide the shape; the checks below add what a schema cannot say (unique ids,
 * exactly one correct option, safe URLs, real dates). A pack is untrusted input, so every check here is written
 * against `unknown` data, and all problems are reported at once, in document order, so an author fixes a pack in
 * one round.
 */

export const PACK_SCHEMA = 'aman-pack/1';

/** Every `key` that `validatePack` and the pack loader report; each has a message in `locales/<lng>/errors.json`. */
export const PROBLEM_KEYS = [
  'notJson',
  'loadFailed',
  'unknownPack',
  'notObject',
  'notString',
  'notNumber',
  'notBoolean',
  'notArray',
  'type',
  'required',
  'minItems',
  'maxItems',
  'enum',
  'const',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'empty',
  'packIdFormat',
  'idFormat',
  'versionFormat',
  'dateFormat',
  'phoneFormat',
  'invalidDate',
  'badSchema',
  'wrongKind',
  'duplicateId',
  'noCorrectOption',
  'oneCorrectOption',
  'needsWrongOption',
  'duplicateLeft',
  'duplicateRight',
  'unsafeUrl',
  'noSupportiveOption',
  'unknownScene',
  'unknownCompetency',
  'endHasChoices',
  'unreachableScene',
  'noWayToEnd',
  'unknownDimension',
  'emptyDimension',
  'tooLarge',
  'tooLong',
  'linkNumber',
  'misspelledField',
  'unknownField',
  'otherTypeField',
  'answerNotUsed',
  'passMarkPercent',
  'externalSrc',
  'redirected',
  'unknownIllustration',
] as const;
export type ProblemKey = (typeof PROBLEM_KEYS)[number];

/**
 * `warnings`: what does not stop a pack but is probably a mistake (a field no version of the format knows: the
 * elements ignore it, the CLI prints it). A field within a typo of a known one is an error instead (`problems`).
 */
export type ValidationResult = { ok: true; pack: Pack; warnings?: PackProblem[] } | { ok: false; problems: PackProblem[]; warnings?: PackProblem[] };

type Seg = string | number;
interface Found {
  segs: Seg[];
  key: ProblemKey;
  params?: Record<string, string | number>;
}
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const child = (node: unknown, seg: Seg): unknown =>
  (Array.isArray(node) || isObj(node)) && Object.hasOwn(node, seg) ? (node as Obj)[seg] : undefined;

/** Name of a pattern's definition in schemas/common.schema.json → the friendlier key that explains it. */
const PATTERN_KEYS: Record<string, ProblemKey> = {
  text: 'empty',
  packId: 'packIdFormat',
  id: 'idFormat',
  version: 'versionFormat',
  date: 'dateFormat',
  phone: 'phoneFormat',
};
/** A wrong JSON type, said plainly ("must be a list") instead of "must be array". */
const TYPE_KEYS: Record<string, ProblemKey> = {
  object: 'notObject',
  string: 'notString',
  number: 'notNumber',
  boolean: 'notBoolean',
  array: 'notArray',
};

/** The kinds this validator knows: each added from its generated module (src/generated/schemas/<kind>.js). */
const kinds: Record<string, { validate: SchemaValidator; shape: Shape }> = {};

/**
 * Teaches the validator a pack kind: its schemas and field shape. The pack loader adds only the kind an element
 * shows (a lazy chunk of its own), so a quiz page never downloads the schemas of the other kinds; the CLI and the
 * library's public `validatePack` add every kind (`validate-all.ts`).
 */
export function addKind(kind: string, mod: KindSchemas): void {
  kinds[kind] ??= { validate: compile(mod.schemas as Schemas, `urn:aman:schema:${kind}`), shape: mod.shape };
}

/**
 * Checks that `data` is a usable pack (of `expectedKind`, when given). Problems come sorted in the order their
 * places appear in the document, the whole-document ones first.
 */
export function validatePack(data: unknown, expectedKind?: PackKind): ValidationResult {
  const fail = (f: Found): ValidationResult => ({ ok: false, problems: [toProblem(f)] });
  if (!isObj(data)) return fail({ segs: [], key: 'notObject' });
  // Anything else is not an Aman pack at all (or one from a future format): its other errors would be noise.
  if (data.schema !== PACK_SCHEMA) return fail({ segs: ['schema'], key: 'badSchema', params: { expected: PACK_SCHEMA } });
  const kind = data.kind;
  if (kind === undefined) return fail({ segs: ['kind'], key: 'required', params: { property: 'kind' } });
  if (expectedKind && kind !== expectedKind) {
    return fail({ segs: ['kind'], key: 'wrongKind', params: { expected: expectedKind, actual: String(kind) } });
  }
  const known = typeof kind === 'string' && Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
  if (!known) return fail({ segs: ['kind'], key: 'enum', params: { allowed: Object.keys(kinds).join(', ') } });
  const validate = known.validate;

  const found: Found[] = [];
  if (!validate(data)) {
    // One place can fail the same way in two subschemas (a lesson checkpoint is a question and more): say it once.
    const said = new Set<string>();
    for (const e of validate.errors ?? []) {
      const id = `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`;
      const f = said.has(id) ? undefined : fromSchemaError(e, data);
      said.add(id);
      if (f) found.push(f);
    }
  }
  CHECKS[kind as PackKind]?.(data, found);
  const warned: Found[] = [];
  walk(data, known.shape, found, warned);
  // Stable sort: at one place, schema problems stay before the semantic ones.
  const sorted = (fs: Found[]): PackProblem[] => fs.sort((a, b) => compareSegs(a.segs, b.segs, data)).map(toProblem);
  const more = warned.length ? { warnings: sorted(warned) } : {};
  if (!found.length) return { ok: true, pack: data as unknown as Pack, ...more };
  return { ok: false, problems: sorted(found), ...more };
}

/**
 * Walks the pack along its kind's shape (never deeper than the format goes, so an unknown field nested a million
 * levels deep costs nothing): every text is checked for length and for links that hide the number they dial;
 * every property the format does not know is reported, as an error when it is a near miss of a known one.
 */
function walk(data: unknown, shape: Shape, out: Found[], warned: Found[]): void {
  const todo: [unknown, Shape, Seg[]][] = [[data, shape, []]];
  for (let next; (next = todo.pop()); ) {
    const [v, s, at] = next;
    if (typeof v === 'string') {
      if (v.length > MAX_TEXT) out.push({ segs: at, key: 'tooLong', params: { limit: MAX_TEXT } });
      else if (v.includes('](')) {
        for (const tok of tokenize(v, true)) {
          const number = tok.t === 'link' ? dialled(tok.href) : '';
          if (number && showsOtherNumber(tok.v, number)) out.push({ segs: at, key: 'linkNumber', params: { label: tok.v, number } });
        }
      }
    } else if (Array.isArray(v)) {
      if (Array.isArray(s)) v.forEach((x, i) => todo.push([x, s[0]!, [...at, i]]));
    } else if (isObj(v) && isObj(s)) {
      const known = Object.keys(s);
      for (const k of Object.keys(v)) {
        const sub = Object.hasOwn(s, k) ? s[k] : s['*'];
        if (sub !== undefined) todo.push([v[k], sub, [...at, k]]);
        else {
          const near = known.find((n) => n !== '*' && nearMiss(k, n));
          if (near) out.push({ segs: [...at, k], key: 'misspelledField', params: { property: k, suggestion: near } });
          else warned.push({ segs: [...at, k], key: 'unknownField', params: { property: k } });
        }
      }
    }
  }
}

/**
 * Whether a link label shows a number, but not the number `n` its link dials ("SAPA 129" on tel:+62812…). The
 * label shows `n` when all its digits are `n`, or one run of digits (with spaces, dots or dashes) is:
 * "SAPA 129 (24 jam)", "(021) 555-1234" and "0812-3456-7890" for +6281234567890 all do.
 */
function showsOtherNumber(label: string, n: string): boolean {
  const want = digits(n);
  return /\d/.test(label) && digits(label) !== want && !(label.match(/\d(?:[\d .-]*\d)?/g) ?? []).some((r) => digits(r) === want);
}

/**
 * Whether `a` looks like a mistyped `b`: the same ignoring case, dashes and underscores, or within 1 edit of it
 * (2 for names of 6 letters or more), e.g. "explaination" for "explanation", "Correct" for "correct".
 */
function nearMiss(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/[-_]/g, '');
  const y = b.toLowerCase().replace(/[-_]/g, '');
  const max = Math.min(x.length, y.length) < 6 ? 1 : 2;
  if (Math.abs(x.length - y.length) > max) return false;
  // Levenshtein distance, one row at a time.
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const prev = row;
    row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
  }
  return row[y.length]! <= max;
}

/** `/questions/2/options` → `questions[2].options` (all-digit segments are taken as array indices). */
export function formatPath(instancePath: string): string {
  return formatSegs(splitPointer(instancePath).map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
}

function formatSegs(segs: Seg[]): string {
  let out = '';
  for (const s of segs) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

function splitPointer(ptr: string): string[] {
  return ptr ? ptr.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : [];
}

function toProblem(f: Found): PackProblem {
  const p: PackProblem = { path: formatSegs(f.segs), key: f.key };
  if (f.params) p.params = f.params;
  return p;
}

/**
 * A problem's path naming each list item on it by its id as well, e.g. `questions[2]#q3.options` for
 * `questions[2].options` (the CLI prints this form; an item without an id keeps just its index).
 */
export function pathWithIds(data: unknown, path: string): string {
  let out = '';
  let node = data;
  for (const [part, name, index, quoted] of path.matchAll(/\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    const seg = index !== undefined ? Number(index) : (name ?? JSON.parse(quoted!));
    node = child(node, seg);
    out += part;
    const id = typeof seg === 'number' ? child(node, 'id') : undefined;
    if (typeof id === 'string') out += `#${id}`;
  }
  return out;
}

function fromSchemaError(e: SchemaError, data: unknown): Found | undefined {
  // Segments are indices where the data is an array, so an object key like "2" stays a property.
  const segs: Seg[] = [];
  let node = data;
  for (const s of splitPointer(e.instancePath)) {
    const seg = Array.isArray(node) ? Number(s) : s;
    segs.push(seg);
    node = child(node, seg);
  }
  const p = e.params;
  switch (e.keyword) {
    case 'if': // the failing `then` reported the real problem already
      return undefined;
    case 'required':
      // The path of the missing field itself: `questions`, not the object that lacks it.
      return { segs: [...segs, String(p.missingProperty)], key: 'required', params: { property: String(p.missingProperty) } };
    case 'type':
      return { segs, key: TYPE_KEYS[String(p.type)] ?? 'type', params: { type: String(p.type) } };
    case 'enum':
      return { segs, key: 'enum', params: { allowed: list(p.allowedValues).join(', ') } };
    case 'const':
      return { segs, key: 'const', params: { allowed: String(p.allowedValue) } };
    case 'pattern': {
      const name = patternNames[String(p.pattern)];
      return { segs, key: (name && PATTERN_KEYS[name]) || 'pattern', params: { pattern: String(p.pattern) } };
    }
    case 'minItems':
    case 'maxItems':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
      // "passMark": 70 meant 70 %: say how a fraction is written.
      if (e.keyword === 'maximum' && segs[segs.length - 1] === 'passMark' && Number.isInteger(node) && (node as number) <= 100) {
        return { segs, key: 'passMarkPercent', params: { value: node as number, fraction: (node as number) / 100 } };
      }
      return { segs, key: e.keyword, params: { limit: Number(p.limit) } };
    default: {
      // A keyword added to a schema later: still reported (the UI words unknown keys generically).
      const params: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(p)) if (typeof v === 'string' || typeof v === 'number') params[k] = v;
      return { segs, key: e.keyword as ProblemKey, params };
    }
  }
}

/** Orders paths as the document does: indices numerically, properties by their position in the data. */
function compareSegs(a: Seg[], b: Seg[], data: unknown): number {
  let node = data;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) {
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      const keys = isObj(node) ? Object.keys(node) : [];
      const rank = (s: Seg): number => {
        // A missing field (reported as `required` at its own path) comes first, with the object that lacks it.
        return keys.indexOf(String(s));
      };
      return rank(x) - rank(y) || String(x).localeCompare(String(y));
    }
    node = child(node, x);
  }
  return a.length - b.length;
}

// ---- Checks the schema cannot express ----

/**
 * Reports every repeat of `field` (after the first) among the objects of `items`; pass one `seen` set to several
 * calls to make the values unique across several lists.
 */
function unique(
  items: unknown[],
  base: Seg[],
  field: string,
  key: ProblemKey,
  out: Found[],
  norm = (s: string) => s,
  seen = new Set<string>(),
): void {
  items.forEach((item, i) => {
    const v = child(item, field);
    if (typeof v !== 'string') return;
    const k = norm(v);
    if (seen.has(k)) out.push({ segs: [...base, i, field], key, params: key === 'duplicateId' ? { id: v } : { text: v } });
    seen.add(k);
  });
}

/** Two sides that differ only in case or spacing look the same to a learner. */
const looseText = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** The scheme of a URL as a browser would read it (it ignores control characters and spaces there), or ''. */
function scheme(url: string): string {
  const s = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (/^[\\/]{2}/.test(s)) return '//'; // network-path reference: the scheme is whatever the page has
  return /^([a-z][a-z0-9+.-]*):/i.exec(s)?.[1]?.toLowerCase() ?? '';
}

function checkQuiz(pack: Obj, out: Found[]): void {
  const questions = list(pack.questions);
  unique(questions, ['questions'], 'id', 'duplicateId', out);
  questions.forEach((q, i) => checkQuestion(q, ['questions', i], out));
}

const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'ordering', 'matching'];
/** The fields of one question type (the other types ignore them) → that type. */
const OWN_FIELDS: [string, string][] = [
  ['options', 'single, multiple'],
  ['answer', 'true-false'],
  ['feedbackTrue', 'true-false'],
  ['feedbackFalse', 'true-false'],
  ['items', 'ordering'],
  ['pairs', 'matching'],
];

/** What a schema cannot say about one question (of a quiz, or of a lesson checkpoint at `at`). */
function checkQuestion(q: unknown, at: Seg[], out: Found[]): void {
  if (!isObj(q)) return;
  // A field of another question type does nothing here: "answer": "b" on a single-choice question marks nothing.
  const type = q.type as string;
  for (const [field, owner] of OWN_FIELDS) {
    if (Object.hasOwn(q, field) && QUESTION_TYPES.includes(type) && !owner.includes(type)) {
      const single = field === 'answer' && (type === 'single' || type === 'multiple');
      out.push({ segs: [...at, field], key: single ? 'answerNotUsed' : 'otherTypeField', params: { property: field, type, owner } });
    }
  }
  const src = child(q.image, 'src');
  // Images load without asking the learner: only the pack's own folder or an encrypted, explicit origin.
  if (typeof src === 'string' && scheme(src) !== '' && scheme(src) !== 'https') {
    out.push({ segs: [...at, 'image', 'src'], key: 'unsafeUrl', params: { url: src } });
  }
  if (q.type === 'single' || q.type === 'multiple') {
    if (!Array.isArray(q.options)) return;
    unique(q.options, [...at, 'options'], 'id', 'duplicateId', out);
    // A reflection ("scored": false) is never marked, so it has no right answer to mark.
    if (q.scored === false) return;
    const correct = q.options.filter((o) => child(o, 'correct') === true).length;
    const where = [...at, 'options'];
    if (correct === 0) out.push({ segs: where, key: 'noCorrectOption' });
    else if (q.type === 'single' && correct > 1) out.push({ segs: where, key: 'oneCorrectOption', params: { count: correct } });
    // With every option correct, ticking everything is full marks: the question tests nothing.
    else if (q.type === 'multiple' && correct === q.options.length) out.push({ segs: where, key: 'needsWrongOption' });
  } else if (q.type === 'ordering') {
    unique(list(q.items), [...at, 'items'], 'id', 'duplicateId', out);
  } else if (q.type === 'matching') {
    const pairs = list(q.pairs);
    unique(pairs, [...at, 'pairs'], 'id', 'duplicateId', out);
    unique(pairs, [...at, 'pairs'], 'left', 'duplicateLeft', out, looseText);
    unique(pairs, [...at, 'pairs'], 'right', 'duplicateRight', out, looseText);
  }
}

/** Sections, and checkpoint questions across the whole lesson (progress is kept by question id), are told apart by id. */
function checkLesson(pack: Obj, out: Found[]): void {
  const sections = list(pack.sections);
  unique(sections, ['sections'], 'id', 'duplicateId', out);
  // An illustration is one the library ships (drawn under the CSP, recoloured by the theme): never a URL.
  sections.forEach((s, i) => {
    const ill = child(s, 'illustration');
    if (typeof ill === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(ill) && !(ILLUSTRATIONS as readonly string[]).includes(ill))
      out.push({ segs: ['sections', i, 'illustration'], key: 'unknownIllustration', params: { id: ill, known: ILLUSTRATIONS.join(', ') } });
  });
  const questionIds = new Set<string>();
  sections.forEach((s, i) => {
    const questions = list(child(s, 'checkpoint'));
    unique(questions, ['sections', i, 'checkpoint'], 'id', 'duplicateId', out, undefined, questionIds);
    questions.forEach((q, j) => checkQuestion(q, ['sections', i, 'checkpoint', j], out));
  });
}

function checkStigma(pack: Obj, out: Found[]): void {
  unique(list(child(pack.attitudeCheck, 'items')), ['attitudeCheck', 'items'], 'id', 'duplicateId', out);
  for (const s of ['myths', 'scenarios', 'language']) unique(list(pack[s]), [s], 'id', 'duplicateId', out);
  list(pack.scenarios).forEach((sc, i) => {
    const options = child(sc, 'options');
    if (!Array.isArray(options)) return;
    unique(options, ['scenarios', i, 'options'], 'id', 'duplicateId', out);
    // A scenario teaches the supportive answer: there must be one to find.
    if (!options.some((o) => child(o, 'supportive') === true)) out.push({ segs: ['scenarios', i, 'options'], key: 'noSupportiveOption' });
  });
}

/** The ids in `field` of the objects of `items`. */
const ids = (items: unknown[], field = 'id'): Set<unknown> => new Set(items.map((x) => child(x, field)));

/**
 * A training case is a graph: every `next` and role `start` names a scene, every score a competency; an end scene
 * offers no choices; every scene can be reached from some role's start, and from every scene a role reaches, some
 * end can still be reached (a loop with no way out would make the case endless).
 */
function checkProcedureTraining(pack: Obj, out: Found[]): void {
  const competencies = ids(list(pack.competencies));
  const roles = list(pack.roles);
  const scenes = list(pack.scenes);
  unique(list(pack.competencies), ['competencies'], 'id', 'duplicateId', out);
  unique(roles, ['roles'], 'id', 'duplicateId', out);
  unique(scenes, ['scenes'], 'id', 'duplicateId', out);
  /** Scene id → its index (the first scene with that id). */
  const index = new Map<unknown, number>();
  scenes.forEach((s, i) => index.has(child(s, 'id')) || index.set(child(s, 'id'), i));
  const starts: number[] = [];
  roles.forEach((r, i) => {
    const start = child(r, 'start');
    if (typeof start !== 'string') return;
    const to = index.get(start);
    if (to === undefined) out.push({ segs: ['roles', i, 'start'], key: 'unknownScene', params: { id: start } });
    else starts.push(to);
  });
  /** Scene index → the scenes its choices lead to; -1 for a `next` that names no scene. */
  const edges = scenes.map((s, i) => {
    const choices = child(s, 'choices');
    if (!Array.isArray(choices)) return [];
    if (child(s, 'end') === true) out.push({ segs: ['scenes', i, 'choices'], key: 'endHasChoices' });
    unique(choices, ['scenes', i, 'choices'], 'id', 'duplicateId', out);
    return choices.map((c, j) => {
      const at: Seg[] = ['scenes', i, 'choices', j];
      const next = child(c, 'next');
      const to = index.get(next);
      if (typeof next === 'string' && to === undefined) out.push({ segs: [...at, 'next'], key: 'unknownScene', params: { id: next } });
      const scores = child(c, 'scores');
      if (isObj(scores)) {
        for (const k of Object.keys(scores)) {
          if (!competencies.has(k)) out.push({ segs: [...at, 'scores', k], key: 'unknownCompetency', params: { id: k } });
        }
      }
      return to ?? -1;
    });
  });
  // Reachable from a start: a walk forward.
  const reached = new Set<number>();
  const todo = [...starts];
  for (let i; (i = todo.pop()) !== undefined; ) {
    if (reached.has(i)) continue;
    reached.add(i);
    todo.push(...edges[i]!.filter((j) => j >= 0));
  }
  // Can still end: end scenes, then every scene with a choice into one, until nothing changes. A scene whose own
  // problem is reported already (a broken `next`, no choices) counts as ending, so one mistake is reported once.
  const ends = new Set<number>();
  for (let changed = true; changed; ) {
    changed = false;
    scenes.forEach((s, i) => {
      const e = edges[i]!;
      if (!ends.has(i) && (child(s, 'end') === true || !e.length || e.some((j) => j < 0 || ends.has(j)))) {
        ends.add(i);
        changed = true;
      }
    });
  }
  scenes.forEach((s, i) => {
    const id = String(child(s, 'id'));
    if (index.get(child(s, 'id')) !== i) return; // a repeated id: reported as such
    if (!reached.has(i)) {
      // Without any valid start, every scene would be "unreachable": the broken start is the one problem.
      if (starts.length) out.push({ segs: ['scenes', i], key: 'unreachableScene', params: { id } });
    } else if (!ends.has(i)) out.push({ segs: ['scenes', i], key: 'noWayToEnd', params: { id } });
  });
}

/** Every statement measures a declared dimension, and every dimension is measured. */
function checkCollaborationCheck(pack: Obj, out: Found[]): void {
  const dimensions = list(pack.dimensions);
  const items = list(pack.items);
  unique(dimensions, ['dimensions'], 'id', 'duplicateId', out);
  unique(items, ['items'], 'id', 'duplicateId', out);
  const declared = ids(dimensions);
  const measured = ids(items, 'dimension');
  items.forEach((it, i) => {
    const d = child(it, 'dimension');
    if (typeof d === 'string' && !declared.has(d)) out.push({ segs: ['items', i, 'dimension'], key: 'unknownDimension', params: { id: d } });
  });
  dimensions.forEach((d, i) => {
    const id = child(d, 'id');
    if (typeof id === 'string' && !measured.has(id)) out.push({ segs: ['dimensions', i], key: 'emptyDimension', params: { id } });
  });
}

function checkRegion(pack: Obj, out: Found[]): void {
  const date = pack.lastVerified;
  const m = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) {
      out.push({ segs: ['lastVerified'], key: 'invalidDate', params: { date: date as string } });
    }
  }
  const contacts = list(pack.contacts);
  unique(contacts, ['contacts'], 'id', 'duplicateId', out);
  contacts.forEach((c, i) => {
    const url = child(c, 'url');
    if (typeof url === 'string' && !['http', 'https'].includes(scheme(url))) {
      out.push({ segs: ['contacts', i, 'url'], key: 'unsafeUrl', params: { url } });
    }
  });
}

/** Items of a report-guide section are told apart by id (stories and hosts' CSS may address them). */
function checkReportGuide(pack: Obj, out: Found[]): void {
  for (const s of ['afterReport', 'rights', 'dos', 'donts']) unique(list(child(pack[s], 'items')), [s, 'items'], 'id', 'duplicateId', out);
}

/** The checks a schema cannot express, by kind (a kind without any has no entry). */
const CHECKS: Partial<Record<PackKind, (pack: Obj, out: Found[]) => void>> = {
  quiz: checkQuiz,
  lesson: checkLesson,
  'report-guide': checkReportGuide,
  stigma: checkStigma,
  'procedure-training': checkProcedureTraining,
  'collaboration-check': checkCollaborationCheck,
  region: checkRegion,
};
