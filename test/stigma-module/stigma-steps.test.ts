// The presenter's step protocol (src/shared/steps.ts): the module's screens as steps, moved by the presenter or by
// the element's own buttons, each change told by `aman-step` — also when a session comes back after a reload.
import { expect, waitUntil } from '@open-wc/testing';
import { hasSteps } from '../../src/shared/steps.js';
import { $, clearAmanStorage, focused, record } from '../helpers.js';
import { click, mini, next, part, stigma, title } from './stigma-helpers.js';

describe('aman-stigma-module as presenter steps', () => {
  beforeEach(clearAmanStorage);
  afterEach(clearAmanStorage);

  it('alone: one step per part, and one per scenario', async () => {
    const el = await stigma({ src: mini });
    expect(hasSteps(el)).to.equal(true);
    expect(el.stepCount).to.equal(8); // intro, check, myths, 2 scenarios, words, check, results
    expect(el.currentStep).to.equal(0);
    expect([...Array(el.stepCount).keys()].map((i) => el.stepTitle(i))).to.deep.equal([
      'Uji: dukung, bukan stigma',
      'Cek sikap: sebelum',
      'Mitos dan fakta',
      'Obrolan di warung',
      'Kembali ke kelas',
      'Kata yang mendukung',
      'Cek sikap: sesudah',
      'Hasil saya',
    ]);
    expect(el.stepNotes(3)).to.equal('Jawaban yang mendukung: Menghentikan gosip dengan tenang.');
    expect(el.stepNotes(0)).to.equal(undefined);
    expect(el.stepTitle(99)).to.equal('');
  });

  it('in a village session: a step for every statement, myth and pair of words, with the facilitator\'s notes', async () => {
    const el = await stigma({ src: mini, mode: 'facilitator' });
    expect(el.stepCount).to.equal(1 + 3 + 2 + 2 + 2 + 3 + 1);
    expect(el.stepTitle(1)).to.equal('Pakaian anak bisa menjadi penyebab kekerasan seksual.');
    expect(el.stepNotes(1)).to.equal('Jawaban yang mendukung: tidak setuju.');
    expect(el.stepNotes(2)).to.equal('Jawaban yang mendukung: setuju.');
    expect(el.stepTitle(4)).to.equal('Pelaku biasanya orang asing.');
    // The fact behind the myth, as plain text (the link's markup left out).
    expect(el.stepNotes(4)).to.equal('Pelaku sering orang yang dikenal anak. Minta nasihat ke SAPA 129.');
    expect(el.stepTitle(8)).to.equal('aib keluarga');
    expect(el.stepTitle(el.stepCount - 1)).to.equal('Hasil kelompok');
  });

  it('goToStep / nextStep / prevStep move, clamp, say when they cannot, and fire aman-step for every change', async () => {
    const el = await stigma({ src: mini, mode: 'facilitator' });
    const steps = record(el, 'aman-step');
    expect(el.prevStep()).to.equal(false);
    expect(el.nextStep()).to.equal(true);
    await el.updateComplete;
    expect(title(el)).to.equal('Cek sikap: sebelum (1 dari 3)');
    await waitUntil(() => focused(el) === $(el, '.step-title'), 'the keyboard did not follow to the new screen');
    el.goToStep(999);
    await el.updateComplete;
    expect(el.currentStep).to.equal(el.stepCount - 1);
    expect(part(el)).to.equal('results');
    expect(el.nextStep()).to.equal(false);
    el.goToStep(-5);
    await el.updateComplete;
    expect(el.currentStep).to.equal(0);
    // A press inside the element is a step change too.
    await next(el);
    const total = el.stepCount;
    expect(steps.map((s) => s.detail)).to.deep.equal([
      { packId: 'test-stigma', step: 1, total },
      { packId: 'test-stigma', step: total - 1, total },
      { packId: 'test-stigma', step: 0, total },
      { packId: 'test-stigma', step: 1, total },
    ]);
  });

  it('a session that comes back tells its step; the part navigation jumps to the first step of a part', async () => {
    let el = await stigma({ src: mini, mode: 'facilitator' });
    await click(el, 'nav li:nth-child(4) button');
    expect(title(el)).to.equal('Situasi (1 dari 2)');
    // Only counting keeps a session: put one hand in, so there is something to come back to.
    el.goToStep(1);
    await el.updateComplete;
    await waitUntil(() => !!$(el, '[data-step="1"]'));
    $<HTMLButtonElement>(el, '[data-step="1"]')!.click();
    await el.updateComplete;
    await click(el, 'nav li:nth-child(4) button');
    const at = el.currentStep;
    el.remove();
    const seen = record(document, 'aman-step');
    try {
      el = await stigma({ src: mini, mode: 'facilitator' });
      expect(el.currentStep).to.equal(at);
      expect(seen.at(-1)!.detail).to.deep.equal({ packId: 'test-stigma', step: at, total: el.stepCount });
    } finally {
      seen.stop();
    }
  });
});
