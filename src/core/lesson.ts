import { answerFor, isAnswerComplete, scoreQuestion } from './quiz.js';
import { isAnswerOf } from './progress-restore.js';
import { shuffle } from './shuffle.js';
import type { Answer, CheckpointQuestion, LessonPack, LessonSection, Question } from './types.js';

/**
 * A lesson's progress and results, pure (no DOM). Where the class is: `at` = -1 is the lesson plan (the start),
 * 0…n-1 a section, n the end. A section with a `warning` shows the content note first until the class chooses
 * to go on (`seen`) or to skip it (`skipped`). Checkpoint answers are kept by question id (unique in a lesson).
 * Reflections (`"scored": false`) are recorded but never marked and never counted.
 * The lesson is passed when the scored checkpoints reach `passMark` (default 0.7) of their points; a lesson with no
 * scored checkpoint is passed by reaching its end.
 */
export interface LessonProgress {
  format: 1;
  packId: string;
  version: string;
  at: number;
  seen: string[];
  skipped: string[];
  answers: Record<string, Answer>;
  checked: string[];
  /** Set when the end was reached, for `durationMs`; kept only in the session, never stored. */
  startedAt?: number;
}

export const DEFAULT_LESSON_PASS_MARK = 0.7;

export function startLesson(pack: LessonPack): LessonProgress {
  return { format: 1, packId: pack.id, version: pack.version, at: -1, seen: [], skipped: [], answers: {}, checked: [] };
}

/** The section `at` points to, if it is one. */
export const sectionAt = (pack: LessonPack, p: LessonProgress): LessonSection | undefined => pack.sections[p.at];

/** The content note of the current section is showing (not yet accepted or skipped). */
export const warningShowing = (pack: LessonPack, p: LessonProgress): boolean => {
  const s = sectionAt(pack, p);
  return !!s?.warning && !p.seen.includes(s.id);
};

/** Goes to `at`, clamped to the plan (-1) … the end (n). */
export const goTo = (pack: LessonPack, p: LessonProgress, at: number): LessonProgress => ({
  ...p,
  at: Math.max(-1, Math.min(pack.sections.length, Math.trunc(at) || 0)),
});

const add = (list: string[], id: string): string[] => (list.includes(id) ? list : [...list, id]);

/** The class read the content note and goes on into the section. */
export function acceptWarning(pack: LessonPack, p: LessonProgress): LessonProgress {
  const s = sectionAt(pack, p);
  return s ? { ...p, seen: add(p.seen, s.id), skipped: p.skipped.filter((x) => x !== s.id) } : p;
}

/** The class skips the current section: it is marked skipped and the next one comes. */
export function skipSection(pack: LessonPack, p: LessonProgress): LessonProgress {
  const s = sectionAt(pack, p);
  return s ? goTo(pack, { ...p, skipped: add(p.skipped, s.id) }, p.at + 1) : p;
}

/** Every checkpoint question of the lesson, with its section. */
export function checkpoints(pack: LessonPack): { section: LessonSection; question: CheckpointQuestion }[] {
  return pack.sections.flatMap((section) => (section.checkpoint ?? []).map((question) => ({ section, question })));
}

const findQuestion = (pack: LessonPack, qid: string): CheckpointQuestion | undefined =>
  checkpoints(pack).find((c) => c.question.id === qid)?.question;

/** Records an answer to an unchecked question of the lesson; anything else is ignored. */
export function answerCheckpoint(pack: LessonPack, p: LessonProgress, qid: string, a: Answer): LessonProgress {
  const q = findQuestion(pack, qid);
  if (!q || p.checked.includes(qid) || !isAnswerOf(q, a)) return p;
  return { ...p, answers: { ...p.answers, [qid]: a } };
}

/** The order the items of an ordering question are shown in before the learner moves any (the same on every device). */
export function shownItems(pack: LessonPack, p: LessonProgress, q: Question): string[] {
  if (q.type === 'ordering') {
    const a = answerFor(p.answers, q.id);
    return a?.type === 'ordering' ? a.itemIds : shuffle(q.items, `${pack.id}:${q.id}`, { derange: true }).map((i) => i.id);
  }
  if (q.type === 'matching') return shuffle(q.pairs, `${pack.id}:${q.id}`, { derange: true }).map((x) => x.id);
  return [];
}

/**
 * Checks a question: false (and nothing changes) when the answer is not complete. An ordering question never
 * moved is answered with the order shown.
 */
export function checkCheckpoint(pack: LessonPack, p: LessonProgress, qid: string): LessonProgress | false {
  const q = findQuestion(pack, qid);
  if (!q || p.checked.includes(qid)) return false;
  let a = answerFor(p.answers, qid);
  if (!a && q.type === 'ordering') a = { type: 'ordering', itemIds: shownItems(pack, p, q) };
  if (!isAnswerComplete(q, a)) return false;
  return { ...p, answers: { ...p.answers, [qid]: a! }, checked: [...p.checked, qid] };
}

export interface LessonScore {
  score: number;
  maxScore: number;
  passed: boolean;
  /** Per scored checkpoint question that was checked: its score. Reflections are not here. */
  perQuestion: Record<string, { score: number; max: number; correct: boolean }>;
  /** Scored questions left unchecked (skipped sections, or not answered). */
  unanswered: number;
}

export const isScored = (q: CheckpointQuestion): boolean => q.scored !== false;

/** The points of the scored checkpoints; a question not checked counts 0 of its points. */
export function scoreLesson(pack: LessonPack & { passMark?: number }, p: LessonProgress): LessonScore {
  let score = 0;
  let maxScore = 0;
  let unanswered = 0;
  const perQuestion: LessonScore['perQuestion'] = {};
  for (const { question: q } of checkpoints(pack)) {
    if (!isScored(q)) continue;
    const r = scoreQuestion(q, p.checked.includes(q.id) ? answerFor(p.answers, q.id) : undefined);
    maxScore += r.max;
    if (p.checked.includes(q.id)) {
      score += r.score;
      perQuestion[q.id] = { score: r.score, max: r.max, correct: r.correct };
    } else unanswered++;
  }
  const mark = typeof pack.passMark === 'number' ? pack.passMark : DEFAULT_LESSON_PASS_MARK;
  const passed = maxScore === 0 || score / maxScore >= mark - 1e-9;
  return { score, maxScore, passed, perQuestion, unanswered };
}

/** Starts over: the plan, no answers; content notes are asked again. */
export const restartLesson = (pack: LessonPack): LessonProgress => startLesson(pack);

export function serializeLesson(p: LessonProgress): string {
  const { startedAt: _, ...kept } = p;
  return JSON.stringify(kept);
}

/**
 * Reads stored progress back, or undefined when it is malformed, tampered with, or for another pack or version
 * (storage is untrusted: anything kept must fit the pack exactly, or the class starts afresh).
 */
export function deserializeLesson(json: string | null | undefined, pack: LessonPack): LessonProgress | undefined {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(json ?? '');
  } catch {
    return undefined;
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return undefined;
  const sections = pack.sections.map((s) => s.id);
  const questions = new Map(checkpoints(pack).map((c) => [c.question.id, c.question]));
  const ids = (v: unknown, allowed: (x: string) => boolean): v is string[] =>
    Array.isArray(v) && v.every((x) => typeof x === 'string' && allowed(x)) && new Set(v).size === v.length;
  const answers = o.answers;
  if (
    o.format !== 1 ||
    o.packId !== pack.id ||
    o.version !== pack.version ||
    !Number.isSafeInteger(o.at) ||
    (o.at as number) < -1 ||
    (o.at as number) > sections.length ||
    !ids(o.seen, (x) => sections.includes(x)) ||
    !ids(o.skipped, (x) => sections.includes(x)) ||
    !ids(o.checked, (x) => questions.has(x)) ||
    typeof answers !== 'object' ||
    answers === null ||
    Array.isArray(answers) ||
    !Object.entries(answers).every(([k, a]) => questions.has(k) && isAnswerOf(questions.get(k)!, a)) ||
    !(o.checked as string[]).every((k) => Object.hasOwn(answers, k))
  )
    return undefined;
  return {
    format: 1,
    packId: pack.id,
    version: pack.version,
    at: o.at as number,
    seen: o.seen as string[],
    skipped: o.skipped as string[],
    answers: answers as Record<string, Answer>,
    checked: o.checked as string[],
  };
}
