// A forum member's anonymous check: accessible, one statement per screen, the code at the end (copyable), nothing
// left for the next person, nothing stored, and the presenter's steps.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { decodeResponse } from '../../src/core/collaboration.js';
import type { CollaborationCheckPack } from '../../src/core/types.js';
import { $, $$, clearAmanStorage, focused, record, textOf } from '../helpers.js';
import { answerAll, check, mini, press } from './collab-helpers.js';

const pack = (await (await fetch(mini)).json()) as CollaborationCheckPack;

describe('aman-collaboration-check', () => {
  beforeEach(clearAmanStorage);
  it('is accessible (axe): introduction, a statement with a missing answer, the code', async () => {
    const el = await check({ src: mini, round: '2026-12' });
    await expect(el).to.be.accessible();
    expect(textOf(el)).to.contain('Putaran: 2026-12');
    await press(el, '[data-action=next]');
    await press(el, '[data-action=next]');
    await press(el, '[data-action=next]');
    await press(el, '[data-action=next]');
    await press(el, '[data-action=next]'); // "get my code" with nothing answered: back to statement 1, saying so
    expect($(el, '.step-title')!.textContent).to.equal('Pernyataan 1 dari 4');
    expect($(el, '.missing')!.textContent).to.equal('Belum dijawab: pernyataan 1, 2, 3, 4.');
    await expect(el).to.be.accessible();
    el.remove();
    const el2 = await check({ src: mini, round: '2026-12' });
    await answerAll(el2, [1, 2, 3, 4]);
    await expect(el2).to.be.accessible();
  });

  it('by keyboard: arrows choose on the scale, Enter moves on, the code is readable back to the answers', async () => {
    const el = await check({ src: mini, round: '2026-12', lang: 'en' });
    const log = record(el, 'aman-progress', 'aman-step');
    $<HTMLButtonElement>(el, '[data-action=next]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => focused(el)?.classList.contains('step-title'));
    expect(focused(el)!.textContent).to.equal('Statement 1 of 4');
    expect($(el, 'legend')!.textContent!.trim()).to.equal('Kami memakai format laporan yang sama.');
    expect($$(el, '.choice span').map((s) => s.textContent)).to.deep.equal(pack.scale);
    for (const downs of [1, 4, 0, 2]) {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' }); // the first answer
      for (let i = 0; i < downs; i++) await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Tab' }); // "next"
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    const code = $(el, '.code')!.textContent!.trim();
    expect(focused(el)!.textContent).to.equal('Your response code');
    expect(decodeResponse(pack, '2026-12', code)).to.deep.equal({ code, answers: [2, 5, 1, 3] });
    expect(log.filter((e) => e.type === 'aman-progress').map((e) => e.detail.step)).to.deep.equal([1, 2, 3, 4]);
    expect(JSON.stringify(log)).not.to.contain(code); // no event carries an answer or the code
    // Nothing of it is kept on the device.
    expect(Object.keys(localStorage).filter((k) => k.startsWith('aman:'))).to.deep.equal([]);
  });

  it('"next person" starts afresh and never shows the answers before; Back is gone once the code is made', async () => {
    const el = await check({ src: mini, round: 'r1' });
    const first = await answerAll(el, [5, 5, 5, 5]);
    expect($(el, '[data-action=prev]')).to.equal(null);
    expect(el.prevStep()).to.equal(false);
    await press(el, '[data-action=next-person]');
    expect($(el, '.step-title')!.textContent).to.equal('Sebelum mulai');
    await press(el, '[data-action=next]');
    expect($$<HTMLInputElement>(el, 'input[type=radio]').some((r) => r.checked)).to.equal(false);
    el.prevStep();
    await el.updateComplete;
    const second = await answerAll(el, [5, 5, 5, 5]);
    expect(second).not.to.equal(first); // the same answers, two codes: the board counts both
  });

  it('copies the code (or selects it when the clipboard is refused)', async () => {
    const el = await check({ src: mini });
    const code = await answerAll(el, [1, 1, 1, 1]);
    let copied = '';
    const real = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (s: string) => void (copied = s);
    try {
      await press(el, '[data-action=copy]');
      await waitUntil(() => copied);
      expect(copied).to.equal(code);
      navigator.clipboard.writeText = async () => Promise.reject(new Error('denied'));
      await press(el, '[data-action=copy]');
      await waitUntil(() => getSelection()?.toString().trim() === code, 'the code was not selected');
    } finally {
      navigator.clipboard.writeText = real;
    }
  });

  it('speaks the presenter step protocol: a step per statement, titles in the pack language', async () => {
    const el = await check({ src: mini });
    const steps = record(el, 'aman-step');
    expect(el.stepCount).to.equal(6);
    expect(el.stepTitle(0)).to.equal('Cek forum mini');
    expect(el.stepTitle(3)).to.equal('Saya percaya lembaga lain.');
    el.goToStep(2);
    expect(el.currentStep).to.equal(2);
    expect(el.nextStep()).to.equal(true);
    expect(el.prevStep()).to.equal(true);
    el.goToStep(99); // the code needs every answer: the first open statement instead
    expect(el.currentStep).to.equal(1);
    expect(steps.map((s) => s.detail.step)).to.deep.equal([2, 3, 2, 1]);
  });

  it('the default pack: 27 statements, fits 320 px and a projector', async () => {
    const el = await check({ scale: 'projector' });
    expect(el.stepCount).to.equal(29);
    await press(el, '[data-action=next]');
    el.style.width = '320px';
    await el.updateComplete;
    const base = $(el, '[part~=base]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    el.style.width = '';
  });
});
