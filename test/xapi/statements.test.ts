import { expect } from '@open-wc/testing';
import { statementsFor, uuidFrom } from '../../src/xapi/statements.js';
import { OPTIONS, sampleResult, TYPED_AGENCY, TYPED_NAME } from './sample.js';

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const VERB = 'http://adlnet.gov/expapi/verbs/';
const CASE = 'https://dinas-pppa.example/aman/training/kasus-sekolah/guru-bk';

describe('xAPI statements for a training result', () => {
  it('tells the attempt in order: attempted, one answered per decision, competencies, completed, passed', () => {
    const s = statementsFor(sampleResult(), OPTIONS);
    expect(s.map((x) => x.verb.id.replace(VERB, ''))).to.deep.equal([
      'attempted',
      'answered',
      'answered',
      'answered',
      'experienced',
      'experienced',
      'completed',
      'passed',
    ]);
    expect(s[0]!.object.id).to.equal(CASE);
    expect(s[0]!.timestamp).to.equal('2026-11-30T02:00:00.000Z');
    expect(s.at(-1)!.timestamp).to.equal('2026-11-30T02:14:35.250Z');
  });

  it('answers each scene under the case with the choice made and whether it was the best', () => {
    const answered = statementsFor(sampleResult(), OPTIONS).filter((x) => x.verb.id === VERB + 'answered');
    expect(answered.map((x) => [x.object.id, x.result])).to.deep.equal([
      [`${CASE}/scene/g1`, { response: 'a', success: true }],
      [`${CASE}/scene/g2`, { response: 'b', success: false }],
      [`${CASE}/scene/g3`, { response: 'c', success: true }],
    ]);
    for (const a of answered) {
      expect(a.object.definition).to.deep.equal({ type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'choice' });
      expect(a.context.contextActivities.parent!.map((p) => p.id)).to.deep.equal([CASE]);
    }
  });

  it('gives each tested competency an objective activity under the case, scaled within −1..1', () => {
    const comps = statementsFor(sampleResult(), OPTIONS).filter((x) => x.verb.id === VERB + 'experienced');
    expect(comps.map((x) => [x.object.id, x.object.definition.type, x.object.definition.name, x.result!.score])).to.deep.equal([
      [`${CASE}/competency/consent`, 'http://adlnet.gov/expapi/activities/objective', { id: 'Persetujuan anak' }, { raw: 3, min: 0, max: 4, scaled: 0.75 }],
      // Negative points: no invented minimum, and the scaled score below zero.
      [`${CASE}/competency/handoff`, 'http://adlnet.gov/expapi/activities/objective', { id: 'Serah terima ke UPTD PPA' }, { raw: -1, max: 3, scaled: -0.3333 }],
    ]);
    // "record" had nothing to earn on this path: no statement claims it was tested.
    expect(comps.some((x) => x.object.id.endsWith('/record'))).to.equal(false);
  });

  it('keeps every scaled score within −1..1 even when the points exceed what the path could earn', () => {
    const r = sampleResult({
      score: -20,
      maxScore: 7,
      passed: false,
      competencies: [{ id: 'consent', title: 'Persetujuan anak', score: 9, maxScore: 4 }],
    });
    const scaled = statementsFor(r, OPTIONS).flatMap((x) => (x.result?.score?.scaled === undefined ? [] : [x.result.score.scaled]));
    expect(scaled).to.deep.equal([1, -1]);
    // …and the raw within min..max, or the LRS refuses the statement.
    const comp = statementsFor(r, OPTIONS).find((x) => x.verb.id === VERB + 'experienced')!;
    expect(comp.result!.score).to.deep.equal({ raw: 9, min: 0, max: 9, scaled: 1 });
  });

  it('completes the case with a duration and passes or fails it with the total score', () => {
    const s = statementsFor(sampleResult(), OPTIONS);
    expect(s.at(-2)!.result).to.deep.equal({ completion: true, duration: 'PT14M35.25S' });
    expect(s.at(-1)!.result).to.deep.equal({ score: { raw: 5, min: 0, max: 7, scaled: 0.7143 }, success: true, completion: true });
    const failed = statementsFor(sampleResult({ score: 2, passed: false }), OPTIONS).at(-1)!;
    expect(failed.verb).to.deep.equal({ id: VERB + 'failed', display: { 'en-US': 'failed' } });
    expect(failed.result).to.deep.include({ success: false });
    expect(failed.result!.score!.scaled).to.equal(0.2857);
  });

  it('uses a pseudonymous account as the actor and never the name or agency the trainee typed', () => {
    const s = statementsFor(sampleResult(), OPTIONS);
    for (const x of s) expect(x.actor).to.deep.equal({ objectType: 'Agent', account: { homePage: 'https://dinas-pppa.example', name: 'pelatihan-0042' } });
    const text = JSON.stringify(s);
    expect(text).not.to.include(TYPED_NAME);
    expect(text).not.to.include('Siti');
    expect(text).not.to.include(TYPED_AGENCY);
    expect(text).not.to.match(/mbox|"name":"Siti/);
  });

  it('carries the attempt as the registration of every statement, with the pack as grouping', () => {
    for (const x of statementsFor(sampleResult(), OPTIONS)) {
      expect(x.context.registration).to.equal('3b1f6a2c-8d4e-4f1a-9c2b-7e5d6a4b3c21');
      expect(x.context.language).to.equal('id');
      expect(x.context.contextActivities.grouping.map((g) => g.id)).to.deep.equal(['https://dinas-pppa.example/aman/training/kasus-sekolah']);
      expect(new Date(x.timestamp).toISOString()).to.equal(x.timestamp);
    }
  });

  it('gives every statement its own UUID v4, the same each time the same attempt is turned into statements', () => {
    const a = statementsFor(sampleResult(), OPTIONS);
    const b = statementsFor(sampleResult(), OPTIONS);
    for (const x of a) expect(x.id).to.match(UUID4);
    expect(new Set(a.map((x) => x.id)).size).to.equal(a.length);
    expect(b.map((x) => x.id)).to.deep.equal(a.map((x) => x.id));
    expect(b).to.deep.equal(a);
    const other = statementsFor(sampleResult({ attemptId: '9c0e2f4a-1b3d-4e5f-8a7b-6c5d4e3f2a10' }), OPTIONS);
    expect(other.filter((x) => a.some((y) => y.id === x.id))).to.deep.equal([]);
  });

  it('derives ids that spread over many attempts without a collision', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) seen.add(uuidFrom(`attempt-${i}/${i % 9}`));
    expect(seen.size).to.equal(5000);
  });

  it('escapes ids into the activity IRIs and accepts a base with or without a trailing slash', () => {
    const r = sampleResult({ pack: { id: 'kasus sekolah', version: '1', lang: 'jv', title: 'Kasus' }, decisions: [{ sceneId: 'a/b', choiceId: 'x', scores: {}, best: true }] });
    const s = statementsFor(r, { ...OPTIONS, activityBase: 'https://dinas-pppa.example/aman/training' });
    expect(s[1]!.object.id).to.equal('https://dinas-pppa.example/aman/training/kasus%20sekolah/guru-bk/scene/a%2Fb');
    expect(s[0]!.object.definition.name).to.deep.equal({ jv: 'Kasus — Guru BK' });
  });

  it('refuses options that would make every statement invalid', () => {
    expect(() => statementsFor(sampleResult(), { ...OPTIONS, activityBase: '/aman/training' })).to.throw(/activityBase/);
    expect(() => statementsFor(sampleResult(), { ...OPTIONS, homePage: 'javascript:alert(1)' })).to.throw(/homePage/);
    expect(() => statementsFor(sampleResult(), { ...OPTIONS, accountName: '' })).to.throw(/accountName/);
    expect(() => statementsFor(sampleResult({ attemptId: 'attempt-1' }), OPTIONS)).to.throw(/UUID/);
  });
});
