// Two roles of each default case played by keyboard only (sendKeys): Tab into the radio group, arrows to the
// choice, Tab to the button, Enter; the keyboard lands on each new screen's heading or on "continue" by itself.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ProcedureTrainingPack, TrainingScene } from '../../src/core/types.js';
import { choiceTotal } from '../../src/core/training.js';
import { $, $$, clearAmanStorage, focused, record } from '../helpers.js';
import { screen, shown, training, type Training } from './training-helpers.js';

const press = (key: string) => sendKeys({ press: key });

async function tabTo(el: Training, want: (f: HTMLElement) => boolean, what: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await press('Tab');
    const f = focused(el);
    if (f && want(f)) return;
  }
  throw new Error(`Tab never reached ${what} (focus on ${focused(el)?.outerHTML.slice(0, 80)})`);
}

/** Checks radio `index` of the group in `fieldset` by keyboard, then presses the button `action` with Enter. */
async function chooseByKeyboard(el: Training, fieldset: string, index: number, action: string): Promise<void> {
  await tabTo(el, (f) => f.matches(`${fieldset} input`), fieldset);
  const radios = $$<HTMLInputElement>(el, `${fieldset} input[type=radio]`);
  const at = radios.indexOf(focused(el) as HTMLInputElement);
  if (at === index) await press('Space');
  for (let k = at; k < index; k++) await press('ArrowDown');
  for (let k = at; k > index; k--) await press('ArrowUp');
  await el.updateComplete;
  expect(radios[index]!.checked).to.equal(true);
  await tabTo(el, (f) => f.matches(`[data-action=${action}]`), action);
  await press('Enter');
  await el.updateComplete;
  await waitUntil(() => shown(el));
}

/** The index of the choice that earns the most here (`best`), or that leads soonest to an end. */
function plan(pack: ProcedureTrainingPack, how: 'best' | 'shortest'): (s: TrainingScene) => number {
  const ends = new Map<string, number>(pack.scenes.filter((s) => s.end).map((s) => [s.id, 0]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of pack.scenes) {
      const d = Math.min(...(s.choices ?? []).map((c) => (ends.get(c.next) ?? Infinity) + 1));
      if (!s.end && d < (ends.get(s.id) ?? Infinity)) ends.set(s.id, d), (changed = true);
    }
  }
  return (s) => {
    const cs = s.choices!;
    const score = (i: number): number => (how === 'best' ? -choiceTotal(cs[i]!) : 0) * 1000 + ends.get(cs[i]!.next)!;
    return cs.map((_, i) => i).sort((a, b) => score(a) - score(b))[0]!;
  };
}

describe('aman-procedure-training by keyboard', () => {
  beforeEach(clearAmanStorage);
  afterEach(clearAmanStorage);

  for (const id of ['kasus-sekolah', 'kasus-keluarga']) {
    it(`${id}: two roles played to the end with the keyboard only`, async function () {
      this.timeout(120000);
      const pack: ProcedureTrainingPack = await (await fetch(`/content/procedure-training/${id}.id.json`)).json();
      const el = await training({ pack: id });
      const done = record(el, 'aman-complete');
      for (const [r, how] of [[0, 'best'], [1, 'shortest']] as const) {
        const role = pack.roles[r]!;
        if (screen(el) !== 'roles') {
          await tabTo(el, (f) => f.matches('[data-action=other-role]'), 'another role');
          await press('Enter');
          await el.updateComplete;
          expect(focused(el) === $(el, '.step-title'), 'focus on .step-title').to.equal(true);
        }
        await chooseByKeyboard(el, '[data-question=role]', r, 'start');
        const choose = plan(pack, how);
        let at = pack.scenes.find((s) => s.id === role.start)!;
        for (let n = 1; !at.end; n++) {
          expect(n, 'too many decisions').to.be.below(60);
          expect(focused(el) === $(el, '.step-title'), 'focus on .step-title').to.equal(true);
          const i = choose(at);
          await chooseByKeyboard(el, '[data-question^=scene]', i, 'decide');
          expect(focused(el) === $(el, '[data-action=continue]'), 'focus on [data-action=continue]').to.equal(true);
          await press('Enter');
          await el.updateComplete;
          await waitUntil(() => shown(el));
          at = pack.scenes.find((s) => s.id === at.choices![i]!.next)!;
        }
        expect(screen(el)).to.equal('end');
        expect(focused(el) === $(el, '.step-title'), 'focus on .step-title').to.equal(true);
        expect(done.at(-1)!.detail.packId).to.equal(id);
        if (how === 'best') expect(done.at(-1)!.detail.score).to.equal(done.at(-1)!.detail.maxScore);
      }
      expect(done).to.have.length(2);
    });
  }
});
