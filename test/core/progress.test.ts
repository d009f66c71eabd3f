import { expect } from '@open-wc/testing';
import { answer, check, isFinished, next, prev, retry, serialize, shownOrder, startProgress } from '../../src/core/progress.js';
import { deserialize } from '../../src/core/progress-restore.js';
import type { QuizPack } from '../../src/core/types.js';
import { quizPack } from './fixtures.js';

const T0 = 1_700_000_000_000;

describe('progress', () => {
  it('starts at the first question with nothing answered', () => {
    const p = startProgress(quizPack(), { seed: 1, now: T0 });
    expect(p).to.deep.include({ packId: 'kenali-dan-laporkan', version: '1.0.0', lang: 'id', attempt: 1, index: 0, answers: {}, checked: [], startedAt: T0 });
    expect(p.order).to.deep.equal(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(isFinished(p)).to.equal(false);
  });

  it('shuffles questions on request, the same way for the same seed', () => {
    const a = startProgress(quizPack(), { seed: 'x', shuffleQuestions: true, now: T0 });
    const b = startProgress(quizPack(), { seed: 'x', shuffleQuestions: true, now: T0 + 5 });
    expect(a.order).to.deep.equal(b.order);
    expect([...a.order].sort()).to.deep.equal(['q1', 'q2', 'q3', 'q4', 'q5']);
  });

  it('shows ordering items and matching rights out of place, stable for a progress', () => {
    const pack = quizPack();
    const p = startProgress(pack, { seed: 3, now: T0 });
    const ordering = pack.questions[3]!;
    const shown = shownOrder(p, ordering);
    expect(shown).to.deep.equal(shownOrder(p, ordering));
    shown.forEach((id, i) => expect(id).to.not.equal(['s1', 's2', 's3', 's4'][i]));
    shownOrder(p, pack.questions[4]!).forEach((id, i) => expect(id).to.not.equal(['p1', 'p2', 'p3'][i]));
    const moved = answer(p, 'q4', { type: 'ordering', itemIds: ['s2', 's1', 's3', 's4'] });
    expect(shownOrder(moved, ordering)).to.deep.equal(['s2', 's1', 's3', 's4']);
  });

  it('answers, checks (locking the answer), moves and finishes without changing the old state', () => {
    const p0 = startProgress(quizPack(), { seed: 1, now: T0 });
    const p1 = answer(p0, 'q1', { type: 'single', optionId: 'b' });
    expect(p0.answers).to.deep.equal({});
    const p2 = check(answer(p1, 'q1', { type: 'single', optionId: 'a' }), 'q1');
    expect(p2.answers.q1).to.deep.equal({ type: 'single', optionId: 'a' });
    expect(p2.checked).to.deep.equal(['q1']);
    expect(answer(p2, 'q1', { type: 'single', optionId: 'b' })).to.equal(p2); // locked
    expect(answer(p2, 'nope', { type: 'single', optionId: 'b' })).to.equal(p2);
    expect(check(p2, 'q1')).to.equal(p2);

    let p = p2;
    for (let i = 0; i < 4; i++) p = next(p, T0 + i);
    expect([p.index, isFinished(p)]).to.deep.equal([4, false]);
    p = next(p, T0 + 99);
    expect([p.index, p.finishedAt, isFinished(p)]).to.deep.equal([5, T0 + 99, true]);
    expect(next(p, T0 + 200)).to.equal(p);
    p = prev(p);
    expect([p.index, p.finishedAt]).to.deep.equal([4, T0 + 99]);
    expect(prev(startProgress(quizPack(), { now: T0 })).index).to.equal(0);
  });

  it('retries: a new attempt with answers cleared and a new item order', () => {
    let p = startProgress(quizPack(), { seed: 1, now: T0 });
    p = check(answer(p, 'q1', { type: 'single', optionId: 'a' }), 'q1');
    p = next(next(next(next(next(p, T0), T0), T0), T0), T0 + 10);
    const r = retry(p, T0 + 20);
    expect(r).to.deep.include({ attempt: 2, index: 0, answers: {}, checked: [], startedAt: T0 + 20, order: p.order });
    expect('finishedAt' in r).to.equal(false);
    expect(r.seed).to.not.equal(p.seed);
  });

  describe('serialize / deserialize', () => {
    const pack = quizPack();
    const full = () => {
      let p = startProgress(pack, { seed: 9, shuffleQuestions: true, now: T0 });
      p = answer(p, 'q1', { type: 'single', optionId: 'a' });
      p = answer(p, 'q2', { type: 'multiple', optionIds: ['a', 'd'] });
      p = answer(p, 'q3', { type: 'true-false', value: false });
      p = answer(p, 'q4', { type: 'ordering', itemIds: ['s2', 's1', 's4', 's3'] });
      p = answer(p, 'q5', { type: 'matching', matches: { p1: 'p2' } });
      return next(check(p, 'q1'), T0);
    };

    it('round-trips', () => {
      const p = full();
      expect(deserialize(serialize(p), pack)).to.deep.equal(p);
      const done = next(next(next(next(p, T0), T0), T0), T0 + 7);
      expect(deserialize(serialize(done), pack)).to.deep.equal(done);
    });

    it('drops progress of another pack or version; resumes it in another language with the same question ids', () => {
      const s = serialize(full());
      expect(deserialize(s, { ...pack, id: 'other' })).to.equal(undefined);
      expect(deserialize(s, { ...pack, version: '1.1.0' })).to.equal(undefined);
      expect(deserialize(s, { ...pack, lang: 'en' })).to.deep.equal({ ...full(), lang: 'en' });
      const fewer: QuizPack = { ...pack, questions: pack.questions.slice(0, 4) };
      expect(deserialize(s, fewer)).to.equal(undefined);
    });

    it('rejects malformed or tampered data', () => {
      const good = JSON.parse(serialize(full()));
      const tampered: Array<(o: any) => void> = [
        (o) => (o.index = 99),
        (o) => (o.index = -1),
        (o) => (o.attempt = 0),
        (o) => (o.attempt = '1'),
        (o) => (o.seed = 1.5),
        (o) => (o.order = ['q1', 'q1', 'q2', 'q3', 'q4']),
        (o) => (o.order = ['q1', 'q2', 'q3', 'q4']),
        (o) => (o.checked = ['q9']),
        (o) => (o.startedAt = 'yesterday'),
        (o) => (o.finishedAt = null),
        (o) => (o.answers = []),
        (o) => (o.answers.q9 = { type: 'true-false', value: true }),
        (o) => (o.answers.q1 = { type: 'single', optionId: 'zz' }),
        (o) => (o.answers.q1 = { type: 'multiple', optionIds: ['a'] }),
        (o) => (o.answers.q2.optionIds = 'a'),
        (o) => (o.answers.q3.value = 'false'),
        (o) => (o.answers.q4.itemIds = ['s1', 's2']),
        (o) => (o.answers.q5.matches = { p1: 'p9' }),
        (o) => (o.answers.q5.matches = { constructor: 'p1' }),
        (o) => (o.format = 2),
        // On the results without having finished: there is no question to show (SECURITY-2026-11 finding 6).
        (o) => (o.index = o.order.length),
      ];
      expect(deserialize(JSON.stringify(good), pack), 'untouched copy').to.not.equal(undefined);
      tampered.forEach((change, i) => {
        const o = structuredClone(good);
        change(o);
        expect(deserialize(JSON.stringify(o), pack), `change ${i}`).to.equal(undefined);
      });
      const proto = serialize(full()).replace('"answers":{', '"answers":{"__proto__":{"type":"true-false","value":true},');
      expect(deserialize(proto, pack)).to.equal(undefined);
      for (const junk of ['', 'null', '[]', '"x"', '{', undefined, null]) expect(deserialize(junk, pack)).to.equal(undefined);
    });
  });
});
