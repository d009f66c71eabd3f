import type { Answer, Question, QuizPack } from './types.js';

/**
 * Quiz scoring, pure. The rules (also in docs/authoring-quiz.md, "Scoring"), each giving a fraction 0..1 of the
 * question's `points` (default 1):
 * - single, true-false: all or nothing.
 * - multiple: max(0, (correct options ticked − wrong options ticked) / number of correct options). Ticking
 *   everything therefore scores 0 whenever wrong options exist, so guessing "all" is not rewarded.
 * - ordering: the share of items in their correct position.
 * - matching: the share of pairs matched correctly.
 * A question is `correct` only with full marks. The quiz is passed when score / maxScore ≥ passMark (with a
 * tolerance of 1e-9, so 7 of 10 passes a 0.7 mark despite floating point).
 * Answers are untrusted (they come back from storage): one of another type, or naming unknown ids, counts as
 * unanswered or scores nothing, never throws.
 */

export type OptionMark = 'correct' | 'wrong' | 'missed' | 'neutral';

export interface QuestionScore {
  score: number;
  max: number;
  /** Full marks. */
  correct: boolean;
  /**
   * How each part fared, for feedback. Keys: option ids (single, multiple), `'true'`/`'false'` (true-false),
   * item ids (ordering: correct = in its place), pair ids (matching: missed = left unmatched).
   * `missed` = a correct option not chosen; `neutral` = a wrong option rightly left alone.
   */
  perOption?: Record<string, OptionMark>;
}

export interface QuizScore {
  score: number;
  maxScore: number;
  passed: boolean;
  perQuestion: Record<string, QuestionScore>;
}

const EPSILON = 1e-9;

/** The weight of a question: its `points`, or 1. */
export function questionPoints(q: Question): number {
  return typeof q.points === 'number' && q.points > 0 && Number.isFinite(q.points) ? q.points : 1;
}

/** The answer for `qid`, if one is stored as an own property (an id like "constructor" must not find Object's). */
export function answerFor(answers: Record<string, Answer>, qid: string): Answer | undefined {
  return Object.hasOwn(answers, qid) ? answers[qid] : undefined;
}

function mark(chosen: boolean, right: boolean): OptionMark {
  return chosen ? (right ? 'correct' : 'wrong') : right ? 'missed' : 'neutral';
}

export function scoreQuestion(q: Question, a: Answer | undefined): QuestionScore {
  const max = questionPoints(q);
  const given = a && a.type === q.type ? a : undefined;
  const perOption: Record<string, OptionMark> = {};
  let fraction = 0;
  switch (q.type) {
    case 'single': {
      const chosen = given?.type === 'single' ? given.optionId : undefined;
      for (const o of q.options) perOption[o.id] = mark(o.id === chosen, o.correct === true);
      fraction = q.options.some((o) => o.id === chosen && o.correct === true) ? 1 : 0;
      break;
    }
    case 'multiple': {
      const ticked = new Set(given?.type === 'multiple' && Array.isArray(given.optionIds) ? given.optionIds : []);
      let right = 0;
      let wrong = 0;
      let total = 0;
      for (const o of q.options) {
        const isRight = o.correct === true;
        const chosen = ticked.has(o.id);
        perOption[o.id] = mark(chosen, isRight);
        if (isRight) total++;
        if (chosen) isRight ? right++ : wrong++;
      }
      fraction = total ? Math.max(0, (right - wrong) / total) : 0;
      break;
    }
    case 'true-false': {
      const value = given?.type === 'true-false' ? given.value : undefined;
      perOption.true = mark(value === true, q.answer === true);
      perOption.false = mark(value === false, q.answer === false);
      fraction = value === q.answer ? 1 : 0;
      break;
    }
    case 'ordering': {
      const order = given?.type === 'ordering' && Array.isArray(given.itemIds) ? given.itemIds : undefined;
      let inPlace = 0;
      q.items.forEach((item, i) => {
        const ok = order?.[i] === item.id;
        if (ok) inPlace++;
        perOption[item.id] = order ? (ok ? 'correct' : 'wrong') : 'missed';
      });
      fraction = inPlace / q.items.length;
      break;
    }
    case 'matching': {
      const matches = given?.type === 'matching' && given.matches && typeof given.matches === 'object' ? given.matches : {};
      let ok = 0;
      for (const p of q.pairs) {
        const m = Object.hasOwn(matches, p.id) ? matches[p.id] : undefined;
        if (m === p.id) ok++;
        perOption[p.id] = m === undefined ? 'missed' : m === p.id ? 'correct' : 'wrong';
      }
      fraction = ok / q.pairs.length;
      break;
    }
  }
  return { score: fraction * max, max, correct: fraction === 1, perOption };
}

export function scoreQuiz(pack: QuizPack, answers: Record<string, Answer>): QuizScore {
  let score = 0;
  let maxScore = 0;
  const perQuestion: Record<string, QuestionScore> = {};
  for (const q of pack.questions) {
    const s = scoreQuestion(q, answerFor(answers, q.id));
    perQuestion[q.id] = s;
    score += s.score;
    maxScore += s.max;
  }
  const ratio = maxScore > 0 ? score / maxScore : 1;
  return { score, maxScore, passed: ratio >= pack.passMark - EPSILON, perQuestion };
}

/**
 * Whether the learner has answered enough to check: single/true-false a choice, multiple at least one tick,
 * matching every left side matched. Ordering is always complete (the order shown is an answer).
 */
export function isAnswerComplete(q: Question, a: Answer | undefined): boolean {
  if (q.type === 'ordering') return true;
  if (!a || a.type !== q.type) return false;
  switch (a.type) {
    case 'single':
      return q.type === 'single' && q.options.some((o) => o.id === a.optionId);
    case 'multiple':
      return q.type === 'multiple' && Array.isArray(a.optionIds) && q.options.some((o) => a.optionIds.includes(o.id));
    case 'true-false':
      return typeof a.value === 'boolean';
    case 'matching': {
      const ids = q.type === 'matching' ? q.pairs.map((p) => p.id) : [];
      const m = a.matches && typeof a.matches === 'object' ? a.matches : {};
      return ids.length > 0 && ids.every((id) => Object.hasOwn(m, id) && ids.includes(m[id]!));
    }
    default:
      return false;
  }
}
