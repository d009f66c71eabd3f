import { csv } from './csv.js';
import type { AttitudeItem, StigmaPack } from './types.js';

/**
 * The stigma module's domain, without a DOM: the parts and steps of the module, the supportiveness of an answer on
 * the five-point scale, an individual's before/after comparison, a village session's tally of raised hands, and the
 * anonymous export of that tally. Everything kept or exported is answers and counts only: no name, no device, no
 * time (the export carries the date alone).
 */

/** The parts, in the order a learner meets them. */
export const PARTS = ['intro', 'before', 'myths', 'scenarios', 'language', 'after', 'results'] as const;
export type Part = (typeof PARTS)[number];
/** Which attitude check: before the module or after it. */
export type Phase = 'before' | 'after';
export const PHASES: readonly Phase[] = ['before', 'after'];

/** One screen: a part, and the item of that part it shows (0 for a part that is one screen). */
export interface Step {
  part: Part;
  item: number;
}

/**
 * The screens of the module. Alone (`perItem` false) the attitude check, the myths and the words are one screen
 * each (a person scrolls); a scenario is always one screen. In a village session (`perItem`) every statement, myth
 * and pair of words is a screen of its own, large enough for a projector.
 */
export function stepsOf(pack: StigmaPack, perItem: boolean): Step[] {
  const count: Record<Part, number> = {
    intro: 1,
    before: perItem ? pack.attitudeCheck.items.length : 1,
    myths: perItem ? pack.myths.length : 1,
    scenarios: pack.scenarios.length,
    language: perItem ? pack.language.length : 1,
    after: perItem ? pack.attitudeCheck.items.length : 1,
    results: 1,
  };
  return PARTS.flatMap((part) => Array.from({ length: count[part] }, (_, item) => ({ part, item })));
}

// ---- one person ---------------------------------------------------------------------------------------------------

/** Answers on the scale, 1 (strongly disagree) … 5 (strongly agree), by statement id. */
export type Answers = Record<string, number>;

/** How supportive (non-stigmatising) an answer is, 1 … 5: 5 is always the most supportive, whichever end that is. */
export const supportiveness = (item: AttitudeItem, answer: number): number =>
  item.supportive === 'agree' ? answer : 6 - answer;

/**
 * A (non-negative) mean rounded to one decimal, half up, as it is shown, so that a change is the difference of the
 * numbers on screen. Read at 12 digits first: 51/20 is 2.5499999… in binary but 2.55 to a person, so 2.6.
 */
export const round1 = (n: number): number => Math.round(Number(n.toPrecision(12)) * 10) / 10;

/** The statements not answered yet, in pack order. */
export const unanswered = (pack: StigmaPack, answers: Answers): AttitudeItem[] =>
  pack.attitudeCheck.items.filter((it) => !answers[it.id]);

/** Mean of the numbers, or undefined for none. */
const mean = (xs: number[]): number | undefined => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);

/** Before, after and the change of one statement or of the whole check; undefined where there is nothing to show. */
export interface Comparison {
  before?: number;
  after?: number;
  /** After − before of the rounded values, only when both exist. */
  change?: number;
}

const compare = (before: number | undefined, after: number | undefined): Comparison => ({
  before,
  after,
  change: before === undefined || after === undefined ? undefined : Math.round((round1(after) - round1(before)) * 10) / 10,
});

/**
 * An individual's change: the supportiveness of each statement's answer before and after, and overall the mean
 * supportiveness of the statements answered (1 … 5).
 */
export function compareAnswers(pack: StigmaPack, before: Answers, after: Answers): { items: Comparison[]; overall: Comparison } {
  const items = pack.attitudeCheck.items;
  const of = (a: Answers, it: AttitudeItem): number | undefined => (a[it.id] ? supportiveness(it, a[it.id]!) : undefined);
  const all = (a: Answers): number | undefined => mean(items.flatMap((it) => of(a, it) ?? []));
  return { items: items.map((it) => compare(of(before, it), of(after, it))), overall: compare(all(before), all(after)) };
}

// ---- a village session --------------------------------------------------------------------------------------------

/** Raised hands for each answer 1 … 5 of one statement. */
export type Counts = number[];
/** A session's counts, by phase and statement id. */
export type Tally = Record<Phase, Record<string, Counts>>;

export const emptyTally = (): Tally => ({ before: {}, after: {} });
export const countsOf = (tally: Tally, phase: Phase, id: string): Counts => tally[phase][id] ?? [0, 0, 0, 0, 0];
export const total = (c: Counts): number => c.reduce((a, b) => a + b, 0);

/** The group's mean supportiveness of a statement, Σ(count × supportiveness) / Σcount; undefined with no counts. */
export function groupMean(item: AttitudeItem, c: Counts): number | undefined {
  const n = total(c);
  return n ? c.reduce((s, k, i) => s + k * supportiveness(item, i + 1), 0) / n : undefined;
}

/**
 * The group's change: per statement its mean before and after; overall, per phase, the mean of the statements'
 * means (each statement weighs the same, however many hands were counted). The overall change is given only when
 * the same statements were counted both times, so that it compares like with like.
 */
export function compareTally(pack: StigmaPack, tally: Tally): { items: Comparison[]; overall: Comparison } {
  const items = pack.attitudeCheck.items.map((it) =>
    compare(groupMean(it, countsOf(tally, 'before', it.id)), groupMean(it, countsOf(tally, 'after', it.id))),
  );
  const b = items.flatMap((c) => c.before ?? []);
  const a = items.flatMap((c) => c.after ?? []);
  const paired = items.every((c) => (c.before === undefined) === (c.after === undefined));
  const overall = compare(mean(b), mean(a));
  if (!paired) delete overall.change;
  return { items, overall };
}

export { parseCount } from './csv.js';

// ---- kept on the device -------------------------------------------------------------------------------------------

/** What an individual keeps: the answers and where they were, for this version of the pack. No time, no name. */
export interface SavedAnswers {
  step: number;
  before: Answers;
  after: Answers;
}
/** What a facilitator keeps: the counts and where the session was. */
export interface SavedTally {
  step: number;
  tally: Tally;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, max: number): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= max;

/** Stored state for `pack` (answers or tally) as JSON: the pack's version with it, so other content starts afresh. */
export const saveState = (pack: StigmaPack, state: SavedAnswers | SavedTally): string => JSON.stringify({ v: pack.version, ...state });

/**
 * Reads stored state back: `undefined` when it is malformed, tampered with or of another version. Only known
 * statement ids with answers 1 … 5 (or five whole counts) are taken; the step is clamped by the caller.
 */
export function loadState(json: string | undefined, pack: StigmaPack, tally: true): SavedTally | undefined;
export function loadState(json: string | undefined, pack: StigmaPack, tally: false): SavedAnswers | undefined;
export function loadState(json: string | undefined, pack: StigmaPack, tally: boolean): SavedAnswers | SavedTally | undefined {
  let d: unknown;
  try {
    d = JSON.parse(json ?? '');
  } catch {
    return undefined;
  }
  if (!isObj(d) || d.v !== pack.version || !isInt(d.step, 1e4)) return undefined;
  const ids = new Set(pack.attitudeCheck.items.map((it) => it.id));
  const read = (src: unknown, ok: (v: unknown) => boolean): Record<string, never> | undefined => {
    if (!isObj(src)) return undefined;
    const out: Obj = {};
    for (const [k, v] of Object.entries(src)) {
      if (!ids.has(k) || !ok(v)) return undefined;
      out[k] = v;
    }
    return out as Record<string, never>;
  };
  const answer = (v: unknown): boolean => isInt(v, 5) && v > 0;
  const counts = (v: unknown): boolean => Array.isArray(v) && v.length === 5 && v.every((n) => isInt(n, 1e6));
  const src = tally ? d.tally : d;
  const before = read(isObj(src) ? src.before : undefined, tally ? counts : answer);
  const after = read(isObj(src) ? src.after : undefined, tally ? counts : answer);
  if (!before || !after) return undefined;
  return tally ? { step: d.step, tally: { before, after } } : { step: d.step, before, after };
}

// ---- the anonymous export of a session ----------------------------------------------------------------------------

/** Today's date as the facilitator's calendar says it (YYYY-MM-DD): the only time an export carries. */
export function localDate(d = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The tally as a JSON document: pack id, version and language, the date, the scale, and per statement the counts. */
export function tallyJson(pack: StigmaPack, tally: Tally, date: string): string {
  const two = (n: number | undefined): number | null => (n === undefined ? null : Math.round(n * 100) / 100);
  return JSON.stringify(
    {
      format: 'aman-stigma-tally/1',
      pack: { id: pack.id, version: pack.version, lang: pack.lang },
      date,
      scale: pack.attitudeCheck.scale,
      statements: pack.attitudeCheck.items.map((it) => ({
        id: it.id,
        statement: it.statement,
        supportive: it.supportive,
        ...Object.fromEntries(
          PHASES.map((ph) => {
            const c = countsOf(tally, ph, it.id);
            return [ph, { counts: c, total: total(c), meanSupportiveness: two(groupMean(it, c)) }];
          }),
        ),
      })),
    },
    null,
    2,
  );
}

/**
 * The tally as CSV (RFC 4180, a header row, one row per statement and phase). Pack text is untrusted: a cell that
 * a spreadsheet would run as a formula (=, +, -, @, tab, return) starts with an apostrophe.
 */
export function tallyCsv(pack: StigmaPack, tally: Tally, date: string): string {
  const head = ['pack_id', 'pack_version', 'lang', 'date', 'statement_id', 'statement', 'supportive', 'phase'];
  const rows = [[...head, 'count_1', 'count_2', 'count_3', 'count_4', 'count_5', 'total', 'mean_supportiveness']];
  for (const it of pack.attitudeCheck.items) {
    for (const ph of PHASES) {
      const c = countsOf(tally, ph, it.id);
      const m = groupMean(it, c);
      rows.push([pack.id, pack.version, pack.lang, date, it.id, it.statement, it.supportive, ph, ...c.map(String), String(total(c)), m === undefined ? '' : m.toFixed(2)]);
    }
  }
  return csv(rows);
}
