import { shuffle, toSeed } from './shuffle.js';
import type { Answer, Lang, Question, QuizPack } from './types.js';

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

/** Version of the stored form; `progress-restore.ts` refuses any other. */
export const FORMAT = 1;

export function serialize(p: QuizProgress): string {
  return JSON.stringify({ format: FORMAT, ...p });
}
