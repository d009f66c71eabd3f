import { expect } from '@open-wc/testing';
import {
  answersOf,
  choose,
  currentScene,
  decisionsToEnd,
  deserializeProgress,
  isEnded,
  newAttemptId,
  passes,
  pathOf,
  proceed,
  scoreAttempt,
  serializeProgress,
  startAttempt,
  type TrainingProgress,
} from '../../src/core/training.js';
import { buildResult, meetings, reachable, resultCsv, visitedScenes } from '../../src/core/training-export.js';
import { RESULT_FORMAT } from '../../src/core/training-result.js';
import type { ProcedureTrainingPack } from '../../src/core/types.js';
import { procedureTrainingPack } from './kinds.fixtures.js';

const mini = async (): Promise<ProcedureTrainingPack> => (await fetch('/test/fixtures/training-mini.json')).json();
const ID = '0b7c3f0e-8d1a-4c2e-9f3b-5a6d7e8f9a0b';

/** Plays `choices` from the role's start, continuing after each feedback. */
function play(pack: ProcedureTrainingPack, role: string, choices: string[], t0 = 1000): TrainingProgress {
  let p = startAttempt(pack, role, t0, ID);
  for (const [i, c] of choices.entries()) p = proceed(pack, choose(pack, p, c), t0 + (i + 1) * 1000);
  return p;
}

describe('training core: playing a case', () => {
  it('starts at the role’s own scene, shows the feedback of a decision, then its consequence', async () => {
    const pack = await mini();
    let p = startAttempt(pack, 'uptd', 5, ID);
    expect(currentScene(pack, p).id).to.equal('u1');
    p = choose(pack, p, 'b');
    expect(p.reviewing).to.equal(true);
    expect(currentScene(pack, p).id).to.equal('u1'); // the feedback belongs to the scene decided
    expect(() => choose(pack, p, 'a')).to.throw(); // one decision per scene visit
    p = proceed(pack, p, 10);
    expect(currentScene(pack, p).id).to.equal('u2');
    expect(isEnded(pack, p)).to.equal(false);
    p = proceed(pack, choose(pack, p, 'a'), 20);
    expect(isEnded(pack, p)).to.equal(true);
    expect(p.finishedAt).to.equal(20);
    expect(() => choose(pack, p, 'a')).to.throw();
    expect(() => choose(pack, startAttempt(pack, 'uptd', 0), 'zzz')).to.throw();
    expect(() => startAttempt(pack, 'nobody', 0)).to.throw();
  });

  it('keeps every decision of the path in order, a loop back to a scene included; answers keep the last', async () => {
    const pack = await mini();
    const p = play(pack, 'guru', ['b', 'a', 'a', 'a']);
    expect(pathOf(pack, p).map((s) => `${s.scene.id}:${s.choice.id}:${s.best}`)).to.deep.equal(['g1:b:false', 'g1:a:true', 'g2:a:true', 'u2:a:true']);
    expect(visitedScenes(pack, p)).to.deep.equal(['g1', 'g1', 'g2', 'u2', 'end-good']);
    expect(answersOf(p)).to.deep.equal({
      g1: { type: 'single', optionId: 'a' },
      g2: { type: 'single', optionId: 'a' },
      u2: { type: 'single', optionId: 'a' },
    });
  });
});

describe('training core: scores, by hand', () => {
  it('guru with a detour: consent 3 of 7, handoff 4 of 7, total 7 of 11 — not passed at 0.7', async () => {
    const pack = await mini();
    // g1 b (consent −1), g1 a (2, 1), g2 a (0, 2), u2 a (2, 1).
    // consent most: g1 2, g1 2, g2 1, u2 2 = 7; handoff most: g1 2, g1 2, g2 2, u2 1 = 7.
    // total per choice: g1 {3, −1, 0} → 3 twice, g2 {2, 1} → 2, u2 {3, −1} → 3: 11; earned −1 + 3 + 2 + 3 = 7.
    expect(scoreAttempt(pack, play(pack, 'guru', ['b', 'a', 'a', 'a']))).to.deep.equal({
      score: 7,
      maxScore: 11,
      passed: false,
      competencies: [
        { id: 'consent', title: 'Persetujuan dan kepentingan terbaik anak', score: 3, maxScore: 7 },
        { id: 'handoff', title: 'Rujukan', score: 4, maxScore: 7 },
      ],
    });
  });

  it('the best path passes with everything; a bad path counts negatives and passes nothing', async () => {
    const pack = await mini();
    const best = scoreAttempt(pack, play(pack, 'guru', ['a', 'a', 'a']));
    expect([best.score, best.maxScore, best.passed]).to.deep.equal([8, 8, true]);
    expect(best.competencies.map((c) => [c.score, c.maxScore])).to.deep.equal([[4, 5], [4, 5]]);
    // g1 c (−2, 2), g2 b (1, 0): consent −1 of 2 + 1 = 3; handoff 2 of 2 + 2 = 4; total 0 + 1 of 3 + 2.
    const bad = scoreAttempt(pack, play(pack, 'guru', ['c', 'b']));
    expect([bad.score, bad.maxScore, bad.passed]).to.deep.equal([1, 5, false]);
    expect(bad.competencies.map((c) => [c.score, c.maxScore])).to.deep.equal([[-1, 3], [2, 4]]);
    // Police: p1 a gives handoff 1 of 1, consent 0 of 0 (a most of 0 is 0, not negative).
    const police = scoreAttempt(pack, play(pack, 'polisi', ['a']));
    expect(police.competencies.map((c) => [c.score, c.maxScore])).to.deep.equal([[0, 0], [1, 1]]);
    expect(police.passed).to.equal(true);
  });

  it('passes at the pass mark within 1e-9, and a path that could earn nothing misses nothing', () => {
    expect(passes(3, 10, 0.1 + 0.2)).to.equal(true);
    expect(passes(7, 10, 0.7)).to.equal(true);
    expect(passes(6.99, 10, 0.7)).to.equal(false);
    expect(passes(0, 0, 1)).to.equal(true);
  });

  it('scores the shared kinds fixture (a loop of g1 b) the same way', () => {
    const pack = procedureTrainingPack();
    const s = scoreAttempt(pack, play(pack, 'guru-bk', ['b', 'a']));
    expect([s.score, s.maxScore]).to.deep.equal([2, 6]);
    expect(s.competencies.map((c) => [c.score, c.maxScore])).to.deep.equal([[1, 4], [1, 2]]);
  });
});

describe('training core: what is still ahead', () => {
  it('counts the fewest decisions to an end', async () => {
    const pack = await mini();
    expect(['g1', 'g2', 'u1', 'u2', 'p1', 'end-good'].map((id) => decisionsToEnd(pack, id))).to.deep.equal([2, 1, 2, 1, 1, 0]);
  });
});

describe('training core: where roles meet', () => {
  it('reports per other role the scenes of this path it can reach, and the ends both can reach', async () => {
    const pack = await mini();
    expect([...reachable(pack, 'uptd')].sort()).to.deep.equal(['end-bad', 'end-good', 'u1', 'u2']);
    const p = play(pack, 'guru', ['b', 'a', 'a', 'a']);
    const m = meetings(pack, 'guru', visitedScenes(pack, p));
    expect(m.map((x) => [x.role.id, x.onPath, x.ends])).to.deep.equal([
      ['uptd', ['u2', 'end-good'], ['end-good', 'end-bad']],
      ['polisi', ['end-good'], ['end-good']],
    ]);
    // Before any move, the start alone: UPTD still shares the ends.
    expect(meetings(pack, 'polisi', ['p1']).map((x) => [x.role.id, x.onPath, x.ends])).to.deep.equal([
      ['guru', [], ['end-good']],
      ['uptd', [], ['end-good']],
    ]);
  });
});

describe('training core: the result and its exports', () => {
  it('builds the TrainingResult exactly, with a UUID attempt id and the trainee only when given', async () => {
    const pack = await mini();
    const p = play(pack, 'guru', ['b', 'a', 'a', 'a'], Date.UTC(2026, 0, 5, 8));
    const r = buildResult(pack, p, { name: '  Sari ', agency: ' ' });
    expect(r).to.deep.equal({
      format: RESULT_FORMAT,
      attemptId: ID,
      pack: { id: 'latihan-mini', version: '1.0.0', lang: 'id', title: 'Latihan kecil' },
      role: { id: 'guru', title: 'Guru BK', agency: 'education' },
      trainee: { name: 'Sari' },
      startedAt: '2026-01-05T08:00:00.000Z',
      completedAt: '2026-01-05T08:00:04.000Z',
      score: 7,
      maxScore: 11,
      passMark: 0.7,
      passed: false,
      competencies: scoreAttempt(pack, p).competencies,
      decisions: [
        { sceneId: 'g1', choiceId: 'b', scores: { consent: -1 }, best: false },
        { sceneId: 'g1', choiceId: 'a', scores: { consent: 2, handoff: 1 }, best: true },
        { sceneId: 'g2', choiceId: 'a', scores: { handoff: 2 }, best: true },
        { sceneId: 'u2', choiceId: 'a', scores: { consent: 2, handoff: 1 }, best: true },
      ],
    });
    expect(buildResult(pack, p)).to.not.have.property('trainee');
    expect(buildResult(pack, p, { name: 'A', agency: 'SMP 1' }).trainee).to.deep.equal({ name: 'A', agency: 'SMP 1' });
    expect(newAttemptId()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newAttemptId()).to.not.equal(newAttemptId());
  });

  it('CSV: a header and one row per decision, quoted, with formula cells neutralised', async () => {
    const pack = await mini();
    pack.scenes[0]!.choices![1]!.text = '=HYPERLINK("http://x","klik")';
    const p = play(pack, 'guru', ['b', 'a', 'a', 'a']);
    const csv = resultCsv(pack, buildResult(pack, p, { name: '+62 Sari, "BK"', agency: '@sekolah' }));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).to.have.length(5);
    expect(lines[0]).to.match(/^"attempt_id","pack_id",.*"points_consent","points_handoff"$/);
    expect(lines[1]).to.contain(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(lines[1]).to.contain(`"'+62 Sari, ""BK""","'@sekolah"`);
    expect(lines[1]).to.match(/"1","g1","b",.*"false","-1","0"$/); // a negative number stays a number
    expect(lines[4]).to.match(/"4","u2","a","Susun rencana layanan bersama anak","true","2","1"$/);
  });
});

describe('training core: progress on the device', () => {
  it('round-trips every state: just started, feedback showing, mid-way, ended', async () => {
    const pack = await mini();
    const states = [
      startAttempt(pack, 'guru', 1, ID),
      choose(pack, startAttempt(pack, 'guru', 1, ID), 'b'),
      play(pack, 'guru', ['b', 'a']),
      play(pack, 'guru', ['b', 'a', 'a', 'a']),
    ];
    for (const p of states) expect(deserializeProgress(serializeProgress(pack, p), pack)).to.deep.equal(p);
  });

  it('refuses whatever does not fit the pack exactly', async () => {
    const pack = await mini();
    const good = JSON.parse(serializeProgress(pack, play(pack, 'guru', ['b', 'a'])));
    const bad = (change: (d: any) => void): string => {
      const d = structuredClone(good);
      change(d);
      return JSON.stringify(d);
    };
    for (const json of [
      undefined,
      '',
      'not json',
      'null',
      '[]',
      bad((d) => (d.v = 2)),
      bad((d) => (d.pack = 'other')),
      bad((d) => (d.role = 'nobody')),
      bad((d) => (d.role = 'uptd')), // the decisions start elsewhere
      bad((d) => (d.attempt = 'x')),
      bad((d) => (d.decisions = [['g1', 'z']])),
      bad((d) => (d.decisions = [['g2', 'a']])), // not the scene the path is at
      bad((d) => (d.decisions = [['g1', 'a', 'x']])),
      bad((d) => (d.decisions = 'g1')),
      bad((d) => (d.decisions = Array(1001).fill(['g1', 'b']))),
      bad((d) => ((d.decisions = []), (d.reviewing = true))), // feedback of no decision
      bad((d) => (d.startedAt = -1)),
      bad((d) => (d.startedAt = '1')),
      bad((d) => (d.finishedAt = 5)), // not at an end
      bad((d) => (d.reviewing = 'yes')),
    ])
      expect(deserializeProgress(json, pack), String(json)).to.equal(undefined);
    const ended = JSON.parse(serializeProgress(pack, play(pack, 'polisi', ['a'])));
    delete ended.finishedAt;
    expect(deserializeProgress(JSON.stringify(ended), pack)).to.equal(undefined);
  });
});
