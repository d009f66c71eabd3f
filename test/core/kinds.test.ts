import { expect } from '@open-wc/testing';
import { PROBLEM_KEYS, validatePack } from '../../src/core/validate-all.js';
import { PACK_KINDS } from '../../src/generated/kinds.js';
import { ALL_KINDS as validators } from '../../src/generated/all-kinds.js';
import type { PackProblem } from '../../src/core/types.js';
import { loose } from './fixtures.js';
import { collaborationCheckPack, lessonPack, procedureTrainingPack, stigmaPack, TYPED_FIXTURES } from './kinds.fixtures.js';

function problems(data: unknown): PackProblem[] {
  const r = validatePack(data);
  if (r.ok) throw new Error('expected the pack to be refused');
  return r.problems;
}
const where = (ps: PackProblem[]) => ps.map((p) => [p.path, p.key]);
const schemaExists = async (kind: string) => (await fetch(new URL(`../../schemas/${kind}.schema.json`, import.meta.url))).ok;

describe('pack kinds: types and schemas agree', () => {
  it('every kind with a schema has a validator and a typed fixture that validates', async () => {
    const withSchema: string[] = [];
    for (const kind of PACK_KINDS) if (await schemaExists(kind)) withSchema.push(kind);
    expect(withSchema).to.include.members(['quiz', 'lesson', 'stigma', 'procedure-training', 'collaboration-check']);
    expect(Object.keys(validators).sort()).to.deep.equal([...withSchema].sort());
    for (const kind of withSchema) {
      const make = TYPED_FIXTURES[kind as keyof typeof TYPED_FIXTURES];
      expect(make, `typed fixture for ${kind}`).to.be.a('function');
      const pack = make!();
      expect(pack.kind).to.equal(kind);
      const r = validatePack(pack, kind as (typeof PACK_KINDS)[number]);
      expect(r.ok ? [] : r.problems, kind).to.deep.equal([]);
    }
  });

  it('the new kinds validate with only their required fields', () => {
    const l = loose(lessonPack());
    for (const k of ['description', 'durationMinutes', 'summary']) delete l[k];
    l.sections = [{ id: 's1', title: 'T', text: 'Teks' }];
    const s = loose(stigmaPack());
    delete s.scenarios[0].options[0].feedback;
    delete s.language[0].why;
    const p = loose(procedureTrainingPack());
    for (const c of p.scenes[0].choices) delete c.scores, delete c.feedback;
    for (const pack of [l, s, p]) expect(validatePack(pack).ok, pack.kind).to.equal(true);
  });
});

describe('lesson problems', () => {
  it('checks ageBand, the section fields and a checkpoint question like a quiz question', () => {
    const p = loose(lessonPack());
    p.ageBand = '5-8';
    p.sections[0].illustration = 'Tubuh Pribadi';
    p.sections[0].warning = ' ';
    p.sections[1].checkpoint[0].scored = 'no';
    delete p.sections[1].checkpoint[2].options;
    expect(where(problems(p))).to.deep.equal([
      ['ageBand', 'enum'],
      ['sections[0].warning', 'empty'],
      ['sections[0].illustration', 'packIdFormat'],
      ['sections[1].checkpoint[0].scored', 'notBoolean'],
      ['sections[1].checkpoint[2].options', 'required'],
    ]);
  });

  it('reports a checkpoint entry that is not an object once', () => {
    const p = loose(lessonPack());
    p.sections[1].checkpoint[0] = 'c1';
    expect(problems(p)).to.deep.equal([{ path: 'sections[1].checkpoint[0]', key: 'notObject', params: { type: 'object' } }]);
  });

  it('needs unique section ids, and checkpoint ids unique across the lesson', () => {
    const p = loose(lessonPack());
    p.sections[1].id = 's1';
    p.sections[0].checkpoint = [{ id: 'c3', type: 'true-false', prompt: 'P', answer: true }];
    p.sections[1].checkpoint[2].options[1].id = 'a';
    expect(problems(p)).to.deep.equal([
      { path: 'sections[1].id', key: 'duplicateId', params: { id: 's1' } },
      { path: 'sections[1].checkpoint[2].id', key: 'duplicateId', params: { id: 'c3' } },
      { path: 'sections[1].checkpoint[2].options[1].id', key: 'duplicateId', params: { id: 'a' } },
    ]);
  });

  it('gives scored checkpoint questions the quiz checks', () => {
    const p = loose(lessonPack());
    const q = p.sections[1].checkpoint;
    q[2].options[1].correct = true; // every option correct
    q[4].pairs[1].right = ' SEKOLAH';
    q[2].image.src = 'javascript:alert(1)';
    expect(problems(p)).to.deep.equal([
      { path: 'sections[1].checkpoint[2].image.src', key: 'unsafeUrl', params: { url: 'javascript:alert(1)' } },
      { path: 'sections[1].checkpoint[2].options', key: 'needsWrongOption' },
      { path: 'sections[1].checkpoint[4].pairs[1].right', key: 'duplicateRight', params: { text: ' SEKOLAH' } },
    ]);
  });

  it('needs no correct option in a reflection ("scored": false), but does in a scored question', () => {
    const p = loose(lessonPack());
    expect(p.sections[1].checkpoint[1].options.some((o: { correct?: boolean }) => o.correct)).to.equal(false);
    expect(validatePack(p).ok).to.equal(true);
    delete p.sections[1].checkpoint[1].scored;
    expect(where(problems(p))).to.deep.equal([['sections[1].checkpoint[1].options', 'noCorrectOption']]);
    p.sections[1].checkpoint[1].scored = true;
    expect(where(problems(p))).to.deep.equal([['sections[1].checkpoint[1].options', 'noCorrectOption']]);
  });
});

describe('stigma problems', () => {
  it('needs exactly five scale labels and agree or disagree as the supportive end', () => {
    const p = loose(stigmaPack());
    p.attitudeCheck.scale.pop();
    p.attitudeCheck.items[0].supportive = 'yes';
    expect(problems(p)).to.deep.equal([
      { path: 'attitudeCheck.scale', key: 'minItems', params: { limit: 5 } },
      { path: 'attitudeCheck.items[0].supportive', key: 'enum', params: { allowed: 'agree, disagree' } },
    ]);
    p.attitudeCheck.scale.push('5', '6');
    p.attitudeCheck.items[0].supportive = 'agree';
    expect(where(problems(p))).to.deep.equal([['attitudeCheck.scale', 'maxItems']]);
  });

  it('needs unique ids in every list and in a scenario\'s options', () => {
    const p = loose(stigmaPack());
    p.attitudeCheck.items[1].id = 'a1';
    p.myths.push({ id: 'm1', myth: 'M', fact: 'F' });
    p.scenarios.push(loose(p.scenarios[0]));
    p.scenarios[0].options[1].id = 'a';
    p.language[1].id = 'w1';
    expect(where(problems(p))).to.deep.equal([
      ['attitudeCheck.items[1].id', 'duplicateId'],
      ['myths[1].id', 'duplicateId'],
      ['scenarios[0].options[1].id', 'duplicateId'],
      ['scenarios[1].id', 'duplicateId'],
      ['language[1].id', 'duplicateId'],
    ]);
  });

  it('needs a supportive option in every scenario', () => {
    const p = loose(stigmaPack());
    p.scenarios[0].options[0].supportive = false;
    expect(problems(p)).to.deep.equal([{ path: 'scenarios[0].options', key: 'noSupportiveOption' }]);
  });
});

describe('procedure-training problems', () => {
  it('checks the agency, scores as numbers, and two or more choices on a scene that does not end', () => {
    const p = loose(procedureTrainingPack());
    p.roles[0].agency = 'school';
    p.scenes[0].choices[0].scores.consent = '2';
    p.scenes[1].choices.pop();
    expect(where(problems(p))).to.deep.equal([
      ['roles[0].agency', 'enum'],
      ['scenes[0].choices[0].scores.consent', 'notNumber'],
      ['scenes[1].choices', 'minItems'],
    ]);
    delete p.scenes[1].choices;
    p.scenes[0].choices[0].scores.consent = 2;
    p.roles[0].agency = 'education';
    expect(problems(p)).to.deep.equal([{ path: 'scenes[1].choices', key: 'required', params: { property: 'choices' } }]);
  });

  it('needs unique ids', () => {
    const p = loose(procedureTrainingPack());
    p.competencies.push({ id: 'consent', title: 'Lagi' });
    p.roles[1].id = 'guru-bk';
    p.scenes[1].choices[1].id = 'a';
    expect(where(problems(p))).to.deep.equal([
      ['competencies[2].id', 'duplicateId'],
      ['roles[1].id', 'duplicateId'],
      ['scenes[1].choices[1].id', 'duplicateId'],
    ]);
    // A second scene with an id can never be reached by it: the duplicate id is the one problem reported.
    const q = loose(procedureTrainingPack());
    q.scenes.push({ id: 'g2', text: 'Lagi', end: true });
    expect(problems(q)).to.deep.equal([{ path: 'scenes[3].id', key: 'duplicateId', params: { id: 'g2' } }]);
  });

  it('names a `next` that is no scene', () => {
    const p = loose(procedureTrainingPack());
    p.scenes[0].choices[0].next = 'g9';
    expect(problems(p)).to.deep.equal([{ path: 'scenes[0].choices[0].next', key: 'unknownScene', params: { id: 'g9' } }]);
  });

  it('names a role `start` that is no scene', () => {
    const p = loose(procedureTrainingPack());
    p.roles[1].start = 'x1';
    // u1 is then reached by no role.
    expect(problems(p)).to.deep.equal([
      { path: 'roles[1].start', key: 'unknownScene', params: { id: 'x1' } },
      { path: 'scenes[1]', key: 'unreachableScene', params: { id: 'u1' } },
    ]);
  });

  it('names a role with no start at all, and the scene no role reaches then', () => {
    const p = loose(procedureTrainingPack());
    delete p.roles[0].start;
    // g1, where the role began, is then reached by no role.
    expect(problems(p)).to.deep.equal([
      { path: 'roles[0].start', key: 'required', params: { property: 'start' } },
      { path: 'scenes[0]', key: 'unreachableScene', params: { id: 'g1' } },
    ]);
  });

  it('names a score for a competency that is not declared', () => {
    const p = loose(procedureTrainingPack());
    p.scenes[1].choices[0].scores = { handoff: 1, empathy: 2 };
    expect(problems(p)).to.deep.equal([
      { path: 'scenes[1].choices[0].scores.empathy', key: 'unknownCompetency', params: { id: 'empathy' } },
    ]);
  });

  it('refuses choices on an end scene', () => {
    const p = loose(procedureTrainingPack());
    p.scenes[2].choices = [{ id: 'a', text: 'Lagi', next: 'g1' }, { id: 'b', text: 'Selesai', next: 'g2' }];
    expect(problems(p)).to.deep.equal([{ path: 'scenes[2].choices', key: 'endHasChoices' }]);
  });

  it('names a scene no role can reach', () => {
    const p = loose(procedureTrainingPack());
    p.scenes.push({ id: 'x', text: 'Lupa', end: true });
    expect(problems(p)).to.deep.equal([{ path: 'scenes[3]', key: 'unreachableScene', params: { id: 'x' } }]);
  });

  it('names every scene of a loop with no way to an end', () => {
    const p = loose(procedureTrainingPack());
    // u1 ⇄ u2, and nothing leads out: the UPTD role's case never ends. A loop with a way out (g1 → g1) is fine.
    p.scenes[1].choices[0].next = 'u2';
    p.scenes[1].choices[1].next = 'u2';
    p.scenes.push({ id: 'u2', text: 'Lagi', choices: [{ id: 'a', text: 'A', next: 'u1' }, { id: 'b', text: 'B', next: 'u2' }] });
    expect(problems(p)).to.deep.equal([
      { path: 'scenes[1]', key: 'noWayToEnd', params: { id: 'u1' } },
      { path: 'scenes[3]', key: 'noWayToEnd', params: { id: 'u2' } },
    ]);
  });
});

describe('collaboration-check problems', () => {
  it('needs exactly five scale labels', () => {
    const p = loose(collaborationCheckPack());
    p.scale.push('6');
    expect(problems(p)).to.deep.equal([{ path: 'scale', key: 'maxItems', params: { limit: 5 } }]);
  });

  it('needs unique ids', () => {
    const p = loose(collaborationCheckPack());
    p.dimensions.push({ ...p.dimensions[0] });
    p.items[1].id = 'i1';
    expect(where(problems(p))).to.deep.equal([
      ['dimensions[2].id', 'duplicateId'],
      ['items[1].id', 'duplicateId'],
    ]);
  });

  it('names an item\'s dimension that is not declared', () => {
    const p = loose(collaborationCheckPack());
    p.items.push({ id: 'i3', dimension: 'trust', statement: 'S' });
    expect(problems(p)).to.deep.equal([{ path: 'items[2].dimension', key: 'unknownDimension', params: { id: 'trust' } }]);
  });

  it('names a dimension without any item', () => {
    const p = loose(collaborationCheckPack());
    p.dimensions.push({ id: 'capacity', title: 'Kapasitas', recommendation: 'Latih anggota.' });
    expect(problems(p)).to.deep.equal([{ path: 'dimensions[2]', key: 'emptyDimension', params: { id: 'capacity' } }]);
  });
});

describe('problem keys', () => {
  it('every problem key has a message in every locale, with the params the validator gives', async () => {
    for (const lng of ['id', 'en', 'jv']) {
      const t: Record<string, string> = await (await fetch(new URL(`../../locales/${lng}/errors.json`, import.meta.url))).json();
      for (const key of PROBLEM_KEYS) expect(t[key], `${lng}/${key}`).to.be.a('string').and.match(/\S/);
      for (const key of ['unknownScene', 'unknownCompetency', 'unreachableScene', 'noWayToEnd', 'unknownDimension', 'emptyDimension']) {
        expect(t[key], `${lng}/${key}`).to.include('{{id}}');
      }
    }
  });
});
