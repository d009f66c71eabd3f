// Every part reached and completed with the keyboard alone (Tab, arrows, Enter, Space, typing), in every language,
// with the default packs: a person alone, and a facilitator counting hands in a village session. The results are
// checked against what the answers give by hand.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StigmaPack } from '../../src/core/types.js';
import type { AmanStigmaModule } from '../../src/elements/stigma-module/stigma-module.js';
import { $, $$, clearAmanStorage, focused } from '../helpers.js';
import { answerByKeyboard, barsText, part, press, stigma, tabTo, title } from './stigma-helpers.js';

const LANGS = ['id', 'en', 'jv'] as const;
const WORDS = {
  id: { before: 'Sebelum', after: 'Sesudah', up: 'Perubahan: +2,0, lebih mendukung', results: 'Hasil saya', group: 'Hasil kelompok' },
  en: { before: 'Before', after: 'After', up: 'Change: +2.0, more supportive', results: 'My results', group: 'Group results' },
  jv: { before: 'Saderengipun', after: 'Salajengipun', up: 'Ewahipun: +2,0, langkung nyengkuyung', results: 'Asil kula', group: 'Asil kelompok' },
};

const isAction = (a: string) => (f: HTMLElement) => f.dataset.action === a;

/** Presses the screen's Next / Start / Done with the keyboard and waits for the keyboard to land on the new heading. */
async function nextByKeyboard(el: AmanStigmaModule): Promise<void> {
  const from = el.currentStep;
  await tabTo(el, isAction('next'), 'Next');
  await press('Enter');
  await waitUntil(() => el.currentStep !== from && focused(el)?.classList.contains('step-title'), 'Next did not move on');
}

/** The scenario on screen, by keyboard: into its choices, arrows to a supportive answer, "see the response". */
async function scenarioByKeyboard(el: AmanStigmaModule, pack: StigmaPack): Promise<void> {
  const sc = pack.scenarios.find((s) => s.title === $(el, 'h4')!.textContent)!;
  const want = sc.options.findIndex((o) => o.supportive);
  await tabTo(el, (f) => f.matches('input[type=radio]'), 'the choices');
  if (want === 0) await press('Space');
  for (let i = 0; i < want; i++) await press('ArrowDown');
  await tabTo(el, isAction('respond'), 'see the response');
  await press('Enter');
  await waitUntil(() => focused(el)?.dataset.action === 'next', 'the response did not hand the keyboard to Next');
  expect($(el, '.feedback')!.dataset.state).to.equal('ok');
}

/** Before: "unsure" (3) everywhere; after: the supportive end of each statement. Supportiveness 3 → 5 by hand. */
const unsure = (p: StigmaPack) => p.attitudeCheck.items.map(() => 3);
const supportive = (p: StigmaPack) => p.attitudeCheck.items.map((it) => (it.supportive === 'agree' ? 5 : 1));

async function defaultPack(lang: string): Promise<StigmaPack> {
  return (await fetch(`/content/stigma/dukung-bukan-stigma.${lang}.json`)).json();
}

describe('aman-stigma-module by keyboard alone', () => {
  beforeEach(clearAmanStorage);
  afterEach(clearAmanStorage);

  for (const lang of LANGS) {
    it(`a person goes through every part and sees their change (${lang})`, async function () {
      this.timeout(90000);
      const pack = await defaultPack(lang);
      const el = await stigma({ lang });
      const w = WORDS[lang];
      await nextByKeyboard(el); // Start
      expect(part(el)).to.equal('before');
      await answerByKeyboard(el, unsure(pack));
      await nextByKeyboard(el); // Done
      expect(part(el)).to.equal('myths');
      for (let n = 0; n < pack.myths.length; n++) {
        await tabTo(el, (f) => !!f.dataset.myth && f.getAttribute('aria-expanded') === 'false', `myth card ${n + 1}`);
        await press('Enter');
        await el.updateComplete;
        expect(focused(el)!.getAttribute('aria-expanded')).to.equal('true');
      }
      expect($$(el, '.fact[hidden]')).to.have.length(0);
      await nextByKeyboard(el);
      for (let n = 0; n < pack.scenarios.length; n++) {
        expect(part(el)).to.equal('scenarios');
        await scenarioByKeyboard(el, pack);
        await press('Enter');
        await waitUntil(() => focused(el)?.classList.contains('step-title'));
      }
      expect(part(el)).to.equal('language');
      expect($$(el, '.words > li')).to.have.length(pack.language.length);
      await nextByKeyboard(el);
      expect(part(el)).to.equal('after');
      await answerByKeyboard(el, supportive(pack));
      await nextByKeyboard(el); // Done
      expect(title(el)).to.equal(w.results);
      // Every statement: 3 before, 5 after, +2; overall the same.
      const overall = $(el, 'h4 + .bars')!;
      expect(barsText(overall)).to.equal(`${w.before} ${lang === 'en' ? '3.0' : '3,0'} ${w.after} ${lang === 'en' ? '5.0' : '5,0'}`);
      expect(overall.nextElementSibling!.textContent!.trim()).to.equal(w.up);
      expect($$(el, '.statements .change').map((c) => c.textContent!.trim())).to.deep.equal(pack.attitudeCheck.items.map(() => w.up));
      await expect(el).to.be.accessible();
    });

    it(`a facilitator counts hands before and after, and exports the tally (${lang})`, async function () {
      this.timeout(120000);
      const pack = await defaultPack(lang);
      const el = await stigma({ lang, mode: 'facilitator', scale: 'projector' });
      const w = WORDS[lang];
      await nextByKeyboard(el);
      const n = pack.attitudeCheck.items.length;
      // Before: two hands for "unsure" on every statement, the first typed into its field, the second by "+".
      for (let i = 0; i < n; i++) {
        expect(part(el)).to.equal('before');
        await tabTo(el, (f) => f.id === `before-${pack.attitudeCheck.items[i]!.id}-2`, 'the "unsure" field');
        await sendKeys({ press: 'Control+a' });
        await sendKeys({ type: '1' });
        await tabTo(el, (f) => f.dataset.step === '1' && f.previousElementSibling === $(el, `#before-${pack.attitudeCheck.items[i]!.id}-2`), '+');
        await press('Enter');
        await el.updateComplete;
        expect($<HTMLInputElement>(el, `#before-${pack.attitudeCheck.items[i]!.id}-2`)!.value).to.equal('2');
        await nextByKeyboard(el);
      }
      for (let i = 0; i < pack.myths.length; i++) {
        expect(part(el)).to.equal('myths');
        await tabTo(el, (f) => !!f.dataset.myth, 'the card');
        await press('Enter');
        await nextByKeyboard(el);
      }
      for (let i = 0; i < pack.scenarios.length; i++) {
        await scenarioByKeyboard(el, pack);
        await press('Enter');
        await waitUntil(() => focused(el)?.classList.contains('step-title'));
      }
      for (let i = 0; i < pack.language.length; i++) {
        expect(part(el)).to.equal('language');
        await nextByKeyboard(el);
      }
      // After: two hands for the supportive end of every statement, by "+" twice (Space, then Enter).
      for (const [i, it] of pack.attitudeCheck.items.entries()) {
        expect(title(el)).to.contain(`${i + 1}`);
        const v = it.supportive === 'agree' ? 4 : 0;
        await tabTo(el, (f) => f.dataset.step === '1' && f.previousElementSibling?.id === `after-${it.id}-${v}`, '+');
        await press('Space');
        await press('Enter');
        await el.updateComplete;
        expect($<HTMLInputElement>(el, `#after-${it.id}-${v}`)!.value).to.equal('2');
        await nextByKeyboard(el);
      }
      expect(title(el)).to.equal(w.group);
      const three = lang === 'en' ? '3.0' : '3,0';
      const five = lang === 'en' ? '5.0' : '5,0';
      expect(barsText($(el, 'figure h4 + .bars')!)).to.equal(`${w.before} ${three} ${w.after} ${five}`);
      const rows = $$<HTMLTableRowElement>(el, 'table tbody tr');
      expect(rows).to.have.length(n + 1);
      for (const tr of rows) expect(tr.cells[3]!.textContent!.trim()).to.equal(lang === 'en' ? '+2.0' : '+2,0');
      const realClick = HTMLAnchorElement.prototype.click;
      const files: string[] = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        files.push(this.download);
      };
      try {
        await tabTo(el, isAction('export-csv'), 'Download CSV');
        await press('Enter');
        await tabTo(el, isAction('export-json'), 'Download JSON');
        await press('Space');
      } finally {
        HTMLAnchorElement.prototype.click = realClick;
      }
      expect(files.map((f) => f.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'))).to.deep.equal(['dukung-bukan-stigma-DATE.csv', 'dukung-bukan-stigma-DATE.json']);
    });
  }
});
