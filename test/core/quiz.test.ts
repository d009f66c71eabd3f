import { expect } from '@open-wc/testing';
import { isAnswerComplete, scoreQuestion, scoreQuiz } from '../../src/core/quiz.js';
import type { Answer, Question } from '../../src/core/types.js';
import { quizPack } from './fixtures.js';

const [single, multiple, trueFalse, ordering, matching] = quizPack().questions as [Question, Question, Question, Question, Question];
const close = (actual: number, expected: number) => expect(actual).to.be.closeTo(expected, 1e-9);

describe('scoreQuestion', () => {
  it('single: all or nothing, with per-option marks', () => {
    expect(scoreQuestion(single, { type: 'single', optionId: 'a' })).to.deep.equal({
      score: 1, max: 1, correct: true, perOption: { a: 'correct', b: 'neutral' },
    });
    expect(scoreQuestion(single, { type: 'single', optionId: 'b' })).to.deep.equal({
      score: 0, max: 1, correct: false, perOption: { a: 'missed', b: 'wrong' },
    });
    expect(scoreQuestion(single, undefined).score).to.equal(0);
  });

  it('true-false: all or nothing', () => {
    const right = scoreQuestion(trueFalse, { type: 'true-false', value: false });
    expect([right.score, right.correct]).to.deep.equal([1, true]);
    expect(right.perOption).to.deep.equal({ true: 'neutral', false: 'correct' });
    const wrong = scoreQuestion(trueFalse, { type: 'true-false', value: true });
    expect([wrong.score, wrong.correct]).to.deep.equal([0, false]);
    expect(wrong.perOption).to.deep.equal({ true: 'wrong', false: 'missed' });
  });

  // multiple has 4 options; a and c are correct.
  const tick = (...optionIds: string[]): Answer => ({ type: 'multiple', optionIds });
  it('multiple: both correct = 1, one correct = 0.5', () => {
    expect(scoreQuestion(multiple, tick('a', 'c'))).to.include({ score: 1, correct: true });
    expect(scoreQuestion(multiple, tick('c'))).to.include({ score: 0.5, correct: false });
  });

  it('multiple: a wrong tick cancels a right one, never below 0', () => {
    expect(scoreQuestion(multiple, tick('a', 'b')).score).to.equal(0);
    expect(scoreQuestion(multiple, tick('a', 'c', 'b')).score).to.equal(0.5);
    expect(scoreQuestion(multiple, tick('b', 'd')).score).to.equal(0);
  });

  it('multiple: ticking everything scores 0', () => {
    const s = scoreQuestion(multiple, tick('a', 'b', 'c', 'd'));
    expect(s.score).to.equal(0);
    expect(s.perOption).to.deep.equal({ a: 'correct', b: 'wrong', c: 'correct', d: 'wrong' });
  });

  it('multiple: unknown and repeated ids change nothing', () => {
    expect(scoreQuestion(multiple, tick('a', 'a', 'zz')).score).to.equal(0.5);
  });

  it('ordering: the share of items in their place', () => {
    const order = (...itemIds: string[]): Answer => ({ type: 'ordering', itemIds });
    expect(scoreQuestion(ordering, order('s1', 's2', 's3', 's4'))).to.include({ score: 1, correct: true });
    const half = scoreQuestion(ordering, order('s1', 's2', 's4', 's3'));
    expect(half.score).to.equal(0.5);
    expect(half.perOption).to.deep.equal({ s1: 'correct', s2: 'correct', s3: 'wrong', s4: 'wrong' });
    expect(scoreQuestion(ordering, order('s4', 's1', 's2', 's3')).score).to.equal(0);
    expect(scoreQuestion(ordering, order('s2', 's1', 's3', 's4')).score).to.equal(0.5);
  });

  it('matching: the share of pairs matched', () => {
    const m = (matches: Record<string, string>): Answer => ({ type: 'matching', matches });
    expect(scoreQuestion(matching, m({ p1: 'p1', p2: 'p2', p3: 'p3' }))).to.include({ score: 1, correct: true });
    const two = scoreQuestion(matching, m({ p1: 'p1', p2: 'p2', p3: 'p1' }));
    close(two.score, 2 / 3);
    expect(two.perOption).to.deep.equal({ p1: 'correct', p2: 'correct', p3: 'wrong' });
    const one = scoreQuestion(matching, m({ p1: 'p1' }));
    close(one.score, 1 / 3);
    expect(one.perOption).to.deep.equal({ p1: 'correct', p2: 'missed', p3: 'missed' });
  });

  it('weights by points and scores an answer of another type as unanswered', () => {
    const weighted = { ...multiple, points: 4 } as Question;
    expect(scoreQuestion(weighted, tick('c'))).to.include({ score: 2, max: 4 });
    expect(scoreQuestion(single, { type: 'true-false', value: true }).score).to.equal(0);
  });
});

describe('scoreQuiz', () => {
  // Five 1-point questions, passMark 0.7 → 3.5 points pass.
  const allRight: Record<string, Answer> = {
    q1: { type: 'single', optionId: 'a' },
    q2: { type: 'multiple', optionIds: ['a', 'c'] },
    q3: { type: 'true-false', value: false },
    q4: { type: 'ordering', itemIds: ['s1', 's2', 's3', 's4'] },
    q5: { type: 'matching', matches: { p1: 'p1', p2: 'p2', p3: 'p3' } },
  };

  it('adds up the questions', () => {
    const r = scoreQuiz(quizPack(), allRight);
    expect([r.score, r.maxScore, r.passed]).to.deep.equal([5, 5, true]);
    expect(Object.keys(r.perQuestion)).to.deep.equal(['q1', 'q2', 'q3', 'q4', 'q5']);
  });

  it('passes exactly at the mark, fails just under it', () => {
    // 3 + 0.5 (multiple: one of two) = 3.5 of 5 = 0.7 exactly.
    const atMark = { ...allRight, q2: { type: 'multiple', optionIds: ['a'] }, q5: { type: 'matching', matches: {} } } as Record<string, Answer>;
    const r = scoreQuiz(quizPack(), atMark);
    expect([r.score, r.maxScore, r.passed]).to.deep.equal([3.5, 5, true]);
    const under = scoreQuiz(quizPack(), { ...atMark, q4: { type: 'ordering', itemIds: ['s1', 's2', 's4', 's3'] } });
    expect([under.score, under.passed]).to.deep.equal([3, false]);
  });

  it('survives floating point at the mark (1 + 1 + 2/5 of 3 against passMark 0.8)', () => {
    const pack = quizPack();
    pack.passMark = 0.8;
    const five = { id: 'q4', type: 'ordering' as const, prompt: 'P', items: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: id })) };
    pack.questions = [pack.questions[0]!, pack.questions[2]!, five];
    const r = scoreQuiz(pack, {
      q1: allRight.q1!,
      q3: allRight.q3!,
      q4: { type: 'ordering', itemIds: ['a', 'b', 'd', 'e', 'c'] },
    });
    expect(r.score / r.maxScore).to.be.lessThan(0.8); // 2.4 / 3 is 0.7999999999999999 in floating point
    expect(r.passed).to.equal(true);
  });

  it('ignores inherited properties as answers (a question id "constructor")', () => {
    const pack = quizPack();
    pack.questions = [{ id: 'constructor', type: 'true-false', prompt: 'P', answer: true }];
    expect(scoreQuiz(pack, {}).score).to.equal(0);
  });
});

describe('isAnswerComplete', () => {
  it('knows when each type may be checked', () => {
    expect(isAnswerComplete(single, undefined)).to.equal(false);
    expect(isAnswerComplete(single, { type: 'single', optionId: 'a' })).to.equal(true);
    expect(isAnswerComplete(single, { type: 'single', optionId: 'zz' })).to.equal(false);
    expect(isAnswerComplete(multiple, { type: 'multiple', optionIds: [] })).to.equal(false);
    expect(isAnswerComplete(multiple, { type: 'multiple', optionIds: ['b'] })).to.equal(true);
    expect(isAnswerComplete(trueFalse, { type: 'true-false', value: false })).to.equal(true);
    expect(isAnswerComplete(trueFalse, { type: 'single', optionId: 'a' })).to.equal(false);
    expect(isAnswerComplete(ordering, undefined)).to.equal(true);
    expect(isAnswerComplete(matching, { type: 'matching', matches: { p1: 'p2', p2: 'p1' } })).to.equal(false);
    expect(isAnswerComplete(matching, { type: 'matching', matches: { p1: 'p2', p2: 'p1', p3: 'p3' } })).to.equal(true);
  });
});
