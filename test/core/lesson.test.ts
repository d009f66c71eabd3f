import { expect } from '@open-wc/testing';
import {
  acceptWarning,
  answerCheckpoint,
  checkCheckpoint,
  deserializeLesson,
  goTo,
  scoreLesson,
  serializeLesson,
  shownItems,
  skipSection,
  startLesson,
  warningShowing,
} from '../../src/core/lesson.js';
import type { LessonPack } from '../../src/core/types.js';

const pack = (): LessonPack =>
  ({
    schema: 'aman-pack/1', kind: 'lesson', id: 'uji', lang: 'id', version: '1.0.0', title: 'Uji', ageBand: '6-9',
    sections: [
      { id: 's1', title: 'A', text: 'a', checkpoint: [
        { id: 'c1', type: 'true-false', prompt: 'p', answer: true },
        { id: 'c2', type: 'single', scored: false, prompt: 'r', options: [{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }] },
      ] },
      { id: 's2', title: 'B', text: 'b', warning: 'w', checkpoint: [
        { id: 'c3', type: 'ordering', prompt: 'o', points: 2, items: [{ id: 'i1', text: '1' }, { id: 'i2', text: '2' }, { id: 'i3', text: '3' }] },
      ] },
    ],
  }) as LessonPack;

describe('lesson progress and scoring', () => {
  it('scores only the scored checkpoints, by their points; a reflection counts nothing and is never wrong', () => {
    const l = pack();
    let p = startLesson(l);
    p = answerCheckpoint(l, p, 'c1', { type: 'true-false', value: true });
    p = checkCheckpoint(l, p, 'c1') as typeof p;
    p = answerCheckpoint(l, p, 'c2', { type: 'single', optionId: 'b' });
    p = checkCheckpoint(l, p, 'c2') as typeof p;
    // By hand: c1 right (1 of 1), c3 unanswered (0 of 2): 1 of 3 = 0.33 < 0.7.
    expect(scoreLesson(l, p)).to.deep.include({ score: 1, maxScore: 3, passed: false, unanswered: 1 });
    expect(scoreLesson(l, p).perQuestion).to.have.keys(['c1']);
    p = checkCheckpoint(l, p, 'c3') as typeof p; // never moved: the order shown is the answer
    const shown = shownItems(l, p, l.sections[1]!.checkpoint![0]!);
    expect(shown).to.not.deep.equal(['i1', 'i2', 'i3']); // deranged: doing nothing is not full marks
    const r = scoreLesson({ ...l, passMark: 0.3 }, p);
    expect(r.maxScore).to.equal(3);
    expect(r.passed).to.equal(true);
  });

  it('an incomplete answer does not check; an answer of another type or for an unknown question is ignored', () => {
    const l = pack();
    const p = startLesson(l);
    expect(checkCheckpoint(l, p, 'c1')).to.equal(false);
    expect(answerCheckpoint(l, p, 'c1', { type: 'single', optionId: 'a' })).to.equal(p);
    expect(answerCheckpoint(l, p, 'nope', { type: 'true-false', value: true })).to.equal(p);
  });

  it('a content note shows until accepted; skipping marks the section and moves on; goTo clamps', () => {
    const l = pack();
    let p = goTo(l, startLesson(l), 1);
    expect(warningShowing(l, p)).to.equal(true);
    const skipped = skipSection(l, p);
    expect(skipped).to.deep.include({ at: 2, skipped: ['s2'] });
    p = acceptWarning(l, p);
    expect(warningShowing(l, p)).to.equal(false);
    expect(goTo(l, p, 99).at).to.equal(2);
    expect(goTo(l, p, -5).at).to.equal(-1);
  });

  it('stored progress comes back only when it fits the pack exactly', () => {
    const l = pack();
    let p = goTo(l, startLesson(l), 1);
    p = answerCheckpoint(l, p, 'c1', { type: 'true-false', value: false });
    p = checkCheckpoint(l, p, 'c1') as typeof p;
    expect(deserializeLesson(serializeLesson(p), l)).to.deep.equal(p);
    const bad = (patch: object) => deserializeLesson(JSON.stringify({ ...JSON.parse(serializeLesson(p)), ...patch }), l);
    expect(bad({ at: 3 })).to.equal(undefined);
    expect(bad({ version: '2.0.0' })).to.equal(undefined);
    expect(bad({ checked: ['c1', 'c9'] })).to.equal(undefined);
    expect(bad({ answers: { c1: { type: 'single', optionId: 'a' } } })).to.equal(undefined);
    expect(bad({ checked: ['c3'] })).to.equal(undefined); // checked without an answer
    expect(deserializeLesson('{not json', l)).to.equal(undefined);
  });
});
