import { shuffle, toSeed } from './shuffle.js';
import { LANGS, type Answer, type Lang, type Question, type QuizPack } from './types.js';

/**
 * A learner's way through one quiz, as plain data: no DOM, no storage (the element keeps it wherever it can,
 * or only in memory). Every update returns a new object, so an element can compare and store snapshots.
 */
export interface QuizProgress {
  packId: string;
  version: string;
  lang: Lang;
  /** 1 for the first try, +1 on each retry. */
  attempt: number;
  /** Seeds the shown order of ordering items and matching right sides (see `shownOrder`); new on each retry. */
  seed: number;
  /** Question ids in the order shown. */
  order: string[];
  /** Position in `order`; `order.length` once the results are shown. */
  index: number;
  answers: Record<string, Answer>;
  /** Question ids whose answer has been checked (and is now locked). */
  checked: string[];
  startedAt: number;
  finishedAt?: number;
}

export interface StartOptions {
  /** Default: derived from `now`. */
  seed?: number | string;
  shuffleQuestions?: boolean;
  /** Current time in ms (passed in so that this module stays pure). */
  now: number;
}

export function startProgress(pack: QuizPack, { seed, shuffleQuestions = false, now }: StartOptions): QuizProgress {
  const s = toSeed(seed ?? now);
  const ids = pack.questions.map((q) => q.id);
  return {
    packId: pack.id,
    version: pack.version,
    lang: pack.lang,
    attempt: 1,
    seed: s,
    order: shuffleQuestions ? shuffle(ids, s) : ids,
    index: 0,
    answers: {},
    checked: [],
    startedAt: now,
  };
}

/**
 * The ids in the order the learner sees them: ordering → item ids (their current order once they moved one,
 * else a seeded derangement of the correct order); matching → pair ids in the order their right sides are shown;
 * single/multiple → option ids as authored. An ordering question never moved is answered with this order: store
 * it with `answer()` before `check()`, since scoring knows only stored answers.
 */
export function shownOrder(p: QuizProgress, q: Question): string[] {
  const key = `${p.seed}:${q.id}`;
  switch (q.type) {
    case 'ordering': {
      const a = Object.hasOwn(p.answers, q.id) ? p.answers[q.id] : undefined;
      return a?.type === 'ordering' ? a.itemIds : shuffle(q.items, key, { derange: true }).map((i) => i.id);
    }
    case 'matching':
      return shuffle(q.pairs, key, { derange: true }).map((x) => x.id);
    case 'single':
    case 'multiple':
      return q.options.map((o) => o.id);
    default:
      return [];
  }
}

/** Records an answer; ignored for an unknown question or one already checked. */
export function answer(p: QuizProgress, qid: string, a: Answer): QuizProgress {
  if (!p.order.includes(qid) || p.checked.includes(qid)) return p;
  return { ...p, answers: { ...p.answers, [qid]: a } };
}

/** Marks a question as checked: its feedback shows and its answer is locked. */
export function check(p: QuizProgress, qid: string): QuizProgress {
  if (!p.order.includes(qid) || p.checked.includes(qid)) return p;
  return { ...p, checked: [...p.checked, qid] };
}

/** The next question; past the last one, the results (and the quiz counts as finished at `now`). */
export function next(p: QuizProgress, now: number): QuizProgress {
  if (p.index >= p.order.length) return p;
  const index = p.index + 1;
  return index === p.order.length ? { ...p, index, finishedAt: p.finishedAt ?? now } : { ...p, index };
}

/** The previous question (also from the results, to review). */
export function prev(p: QuizProgress): QuizProgress {
  return p.index > 0 ? { ...p, index: p.index - 1 } : p;
}

export function isFinished(p: QuizProgress): boolean {
  return p.finishedAt !== undefined;
}

/** A new attempt: answers cleared, same question order, fresh item order (so positions are not memorised). */
export function retry(p: QuizProgress, now: number): QuizProgress {
  const { finishedAt: _, ...rest } = p;
  return {
    ...rest,
    attempt: p.attempt + 1,
    seed: toSeed(`${p.seed}/${p.attempt + 1}`),
    index: 0,
    answers: {},
    checked: [],
    startedAt: now,
  };
}

const FORMAT = 1;

export function serialize(p: QuizProgress): string {
  return JSON.stringify({ format: FORMAT, ...p });
}

/**
 * Reads stored progress back, or `undefined` when it is malformed, tampered with, or for another pack, version
 * or language (storage is untrusted: anything kept must fit the pack exactly, or the learner starts afresh).
 */
export function deserialize(json: string | null | undefined, pack: QuizPack): QuizProgress | undefined {
  let d: unknown;
  try {
    d = JSON.parse(json ?? '');
  } catch {
    return undefined;
  }
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return undefined;
  const o = d as Record<string, unknown>;
  const byId = new Map(pack.questions.map((q) => [q.id, q]));
  const isCount = (v: unknown, min: number): v is number => Number.isSafeInteger(v) && (v as number) >= min;
  const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const ids = [...byId.keys()];

  if (
    o.format !== FORMAT ||
    o.packId !== pack.id ||
    o.version !== pack.version ||
    o.lang !== pack.lang ||
    !LANGS.includes(o.lang as Lang) ||
    !isCount(o.attempt, 1) ||
    !isCount(o.seed, 0) ||
    o.seed > 0xffffffff ||
    !isIdList(o.order, ids) ||
    o.order.length !== ids.length ||
    !isCount(o.index, 0) ||
    o.index > ids.length ||
    !isIdList(o.checked, ids) ||
    !isTime(o.startedAt) ||
    (o.finishedAt !== undefined && !isTime(o.finishedAt)) ||
    typeof o.answers !== 'object' ||
    o.answers === null ||
    Array.isArray(o.answers)
  ) {
    return undefined;
  }
  const answers: Record<string, Answer> = {};
  for (const [qid, a] of Object.entries(o.answers)) {
    const q = byId.get(qid);
    if (!q || !isAnswerOf(q, a)) return undefined;
    answers[qid] = a;
  }
  const p: QuizProgress = {
    packId: pack.id,
    version: pack.version,
    lang: pack.lang,
    attempt: o.attempt,
    seed: o.seed,
    order: o.order,
    index: o.index,
    answers,
    checked: o.checked,
    startedAt: o.startedAt,
  };
  if (o.finishedAt !== undefined) p.finishedAt = o.finishedAt as number;
  return p;
}

/** Distinct ids, each one of `allowed`. */
function isIdList(v: unknown, allowed: readonly string[]): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string' && allowed.includes(x)) && new Set(v).size === v.length;
}

/** An answer of the question's type naming only the question's own ids. */
function isAnswerOf(q: Question, a: unknown): a is Answer {
  if (typeof a !== 'object' || a === null) return false;
  const x = a as Record<string, unknown>;
  if (x.type !== q.type) return false;
  switch (q.type) {
    case 'single':
      return q.options.some((opt) => opt.id === x.optionId);
    case 'multiple':
      return isIdList(x.optionIds, q.options.map((opt) => opt.id));
    case 'true-false':
      return typeof x.value === 'boolean';
    case 'ordering':
      return isIdList(x.itemIds, q.items.map((i) => i.id)) && (x.itemIds as string[]).length === q.items.length;
    case 'matching': {
      const pairIds = q.pairs.map((p) => p.id);
      const m = x.matches;
      return (
        typeof m === 'object' &&
        m !== null &&
        !Array.isArray(m) &&
        Object.entries(m).every(([k, v]) => pairIds.includes(k) && typeof v === 'string' && pairIds.includes(v))
      );
    }
    default:
      return false;
  }
}
