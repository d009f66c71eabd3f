// Every role of every default case reaches an end, and every consequence can be reached: the case graphs are walked
// through the element so that, across the runs, every choice of every scene is taken at least once.
import { expect } from '@open-wc/testing';
import { BUILT_IN_PACKS } from '../../src/generated/kinds.js';
import type { ProcedureTrainingPack } from '../../src/core/types.js';
import { clearAmanStorage, textOf } from '../helpers.js';
import { click, decide, pick, screen, training } from './training-helpers.js';

const load = async (id: string, lang: string): Promise<ProcedureTrainingPack> =>
  (await fetch(`/content/procedure-training/${id}.${lang}.json`)).json();

/**
 * Runs (a role and its choices) that together take every choice of every scene a role can reach: for each choice
 * not yet taken, the shortest way from the role's start to its scene, the choice, then the shortest way to an end.
 * Every role gets at least one run.
 */
export function coveringRuns(pack: ProcedureTrainingPack): { role: string; choices: string[]; end: string }[] {
  const scene = new Map(pack.scenes.map((s) => [s.id, s]));
  // The choice that leads soonest to an end, per scene (backwards from the ends).
  const toEnd = new Map<string, string>();
  const done = new Set(pack.scenes.filter((s) => s.end).map((s) => s.id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of pack.scenes) {
      if (done.has(s.id)) continue;
      const c = s.choices!.find((x) => done.has(x.next));
      if (c) toEnd.set(s.id, c.id), done.add(s.id), (changed = true);
    }
  }
  const finish = (from: string, choices: string[]): string => {
    let at = from;
    for (let guard = 0; !scene.get(at)!.end; guard++) {
      if (guard > 500) throw new Error('no way to an end');
      const c = toEnd.get(at)!;
      choices.push(c);
      at = scene.get(at)!.choices!.find((x) => x.id === c)!.next;
    }
    return at;
  };
  const taken = new Set<string>();
  const runs: { role: string; choices: string[]; end: string }[] = [];
  for (const role of pack.roles) {
    // Shortest way from the start to every scene.
    const way = new Map<string, string[]>([[role.start, []]]);
    const queue = [role.start];
    for (let id; (id = queue.shift()) !== undefined; ) {
      for (const c of scene.get(id)!.choices ?? []) {
        if (!way.has(c.next)) way.set(c.next, [...way.get(id)!, c.id]), queue.push(c.next);
      }
    }
    let any = false;
    for (const [id, prefix] of way) {
      for (const c of scene.get(id)!.choices ?? []) {
        if (taken.has(`${id}/${c.id}`)) continue;
        const choices = [...prefix, c.id];
        const end = finish(c.next, choices);
        runs.push({ role: role.id, choices, end });
        any = true;
        // Everything this run takes is taken.
        let at = role.start;
        for (const x of choices) {
          taken.add(`${at}/${x}`);
          at = scene.get(at)!.choices!.find((y) => y.id === x)!.next;
        }
      }
    }
    if (!any) {
      const choices: string[] = [];
      runs.push({ role: role.id, choices, end: finish(role.start, choices) });
    }
  }
  const all = pack.scenes.flatMap((s) => (s.choices ?? []).map((c) => `${s.id}/${c.id}`));
  expect([...taken].sort(), `${pack.id}: choices no run takes`).to.deep.equal(all.sort());
  return runs;
}

/** The graph of a case: what must be the same in every language. */
const graph = (p: ProcedureTrainingPack) => ({
  passMark: p.passMark,
  competencies: p.competencies.map((c) => c.id),
  roles: p.roles.map((r) => [r.id, r.agency, r.start]),
  scenes: p.scenes.map((s) => [s.id, !!s.end, s.agency ?? null, (s.choices ?? []).map((c) => [c.id, c.next, c.scores ?? {}])]),
});

describe('aman-procedure-training: the default cases', () => {
  beforeEach(clearAmanStorage);
  afterEach(clearAmanStorage);

  const ids = Object.keys(BUILT_IN_PACKS['procedure-training']);

  it('ships kasus-sekolah and kasus-keluarga, with the same graph in every language', async () => {
    expect(ids).to.include.members(['kasus-sekolah', 'kasus-keluarga']);
    for (const id of ids) {
      const langs = BUILT_IN_PACKS['procedure-training'][id]!;
      const base = graph(await load(id, 'id'));
      for (const lang of langs) expect(graph(await load(id, lang)), `${id}.${lang}`).to.deep.equal(base);
    }
  });

  for (const id of ['kasus-sekolah', 'kasus-keluarga']) {
    it(`${id}: every role reaches an end, and every choice of every scene is taken in some run`, async function () {
      this.timeout(240000);
      const pack = await load(id, 'id');
      const runs = coveringRuns(pack);
      expect(new Set(runs.map((r) => r.role)).size).to.equal(pack.roles.length);
      const el = await training({ pack: id });
      const text = new Map(pack.scenes.map((s) => [s.id, s.text]));
      for (const run of runs) {
        if (screen(el) !== 'roles') await click(el, '[data-action=roles], [data-action=other-role]');
        await pick(el, run.role);
        await click(el, '[data-action=start]');
        for (const c of run.choices) await decide(el, c);
        expect(screen(el), `${run.role}: ${run.choices.join(' ')}`).to.equal('end');
        // The end reached is the one the graph says (its text, markup aside, is on screen).
        expect(textOf(el)).to.contain(text.get(run.end)!.replace(/[*[\]]|\(https?:[^)]*\)/g, '').slice(0, 40));
      }
    });
  }
});
