import { FORMAT, type QuizProgress } from './progress.js';
import { LANGS, type Answer, type Lang, type Question, type QuizPack } from './types.js';

// Apart from progress.ts because it is needed only when a learner comes back: the element imports it lazily,
// so a first visit does not download it.

/**
 * Reads stored progress back, or `undefined` when it is malformed, tampered with, or for another pack or version
 * (storage is untrusted: anything kept must fit the pack exactly, or the learner starts afresh). Progress made in
 * another language resumes when that pack has the same id, version and question ids: a class switching language
 * keeps its place.
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
    !LANGS.includes(o.lang as Lang) ||
    !isCount(o.attempt, 1) ||
    !isCount(o.seed, 0) ||
    o.seed > 0xffffffff ||
    !isIdList(o.order, ids) ||
    o.order.length !== ids.length ||
    !isCount(o.index, 0) ||
    o.index > ids.length ||
    // Past the last question means the results, which exist only once the quiz was finished.
    (o.index === ids.length && o.finishedAt === undefined) ||
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
export function isAnswerOf(q: Question, a: unknown): a is Answer {
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
