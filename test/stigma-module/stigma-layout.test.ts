// Where the module is used: a 320 px phone and a 1024×768 village-hall projector. Every screen of both modes, in
// Indonesian and Javanese (the longest words), with everything opened (cards turned, a response shown, results with
// data): nothing sticks out sideways, and on the projector a statement, its five count fields and Next fit one screen.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { AmanStigmaModule } from '../../src/elements/stigma-module/stigma-module.js';
import { $, $$, clearAmanStorage } from '../helpers.js';
import { shown } from './stigma-helpers.js';

/**
 * What sticks out of the element's box sideways. The data table is the one thing allowed to scroll (WCAG 1.4.10
 * exempts two-dimensional tables), and only inside its own labelled, focusable region, which itself must fit.
 */
function overflowing(el: AmanStigmaModule): string[] {
  const out: string[] = [];
  const base = $(el, '[part~=base]')!;
  if (base.scrollWidth > base.clientWidth + 1) out.push(`base scrolls: ${base.scrollWidth} > ${base.clientWidth}`);
  const box = base.getBoundingClientRect();
  for (const child of base.querySelectorAll<HTMLElement>('*')) {
    if (child.closest('.scroll') && child.closest('.scroll') !== child) continue;
    const r = child.getBoundingClientRect();
    if (r.width && (r.right > box.right + 0.5 || r.left < box.left - 0.5))
      out.push(`${child.localName}.${child.className} "${child.textContent!.trim().slice(0, 30)}" ${Math.round(r.right - box.right)} px out`);
  }
  return out;
}

/** Opens everything a screen can open: every card turned, a response shown, every statement answered. */
async function openAll(el: AmanStigmaModule): Promise<void> {
  for (const b of $$<HTMLButtonElement>(el, '[data-myth][aria-expanded=false]')) b.click();
  const groups = $$(el, 'fieldset[data-question]');
  if ($(el, '[data-action=respond]')) {
    // The longest answer that is not supportive: its feedback and the supportive way both show.
    groups[0]!.querySelectorAll<HTMLInputElement>('input')[0]!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[data-action=respond]')!.click();
  } else for (const g of groups) g.querySelectorAll<HTMLInputElement>('input')[2]!.click();
  await el.updateComplete;
}

async function place(width: number, height: number, lang: string, mode: string, scale?: string): Promise<AmanStigmaModule> {
  await setViewport({ width, height });
  const el = await fixture<AmanStigmaModule>(html`<aman-stigma-module lang=${lang} mode=${mode} scale=${scale ?? ''}></aman-stigma-module>`);
  await waitUntil(() => shown(el), 'did not render', { timeout: 8000 });
  return el;
}

/** Every screen in order, opened; the checks of `look` collected with the screen's name. */
async function everyScreen(el: AmanStigmaModule, look: (el: AmanStigmaModule) => string[]): Promise<string[]> {
  const problems: string[] = [];
  for (let i = 0; i < el.stepCount; i++) {
    el.goToStep(i);
    await el.updateComplete;
    await waitUntil(() => shown(el));
    if (el.mode === 'facilitator' && $(el, '.counts')) for (const b of $$<HTMLButtonElement>(el, '[data-step="1"]')) b.click();
    await openAll(el);
    problems.push(...look(el).map((p) => `${i} ${el.stepTitle(i).slice(0, 24)}: ${p}`));
  }
  return problems;
}

describe('aman-stigma-module where it is used', () => {
  beforeEach(clearAmanStorage);
  afterEach(async () => {
    clearAmanStorage();
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['id', 'jv'])
    for (const mode of ['', 'facilitator'])
      it(`320 px: no screen sticks out sideways (${lang}, ${mode || 'alone'})`, async function () {
        this.timeout(60000);
        const el = await place(320, 640, lang, mode);
        expect(await everyScreen(el, overflowing)).to.deep.equal([]);
        expect($(el, '.step-title')!.textContent).to.match(/Hasil|Asil/);
        const region = $(el, '.scroll');
        if (region) {
          // The table scrolls in its region, which a keyboard can reach; the region and its table are named by the
          // visible line above it (a caption would scroll away with the table).
          expect(region.getAttribute('tabindex')).to.equal('0');
          expect(region.getAttribute('role')).to.equal('region');
          const label = $(el, `#${region.getAttribute('aria-labelledby')}`)!;
          expect(label.textContent).to.match(/tabel/);
          expect(region.contains(label)).to.equal(false);
          expect($(el, 'table')!.getAttribute('aria-labelledby')).to.equal(label.id);
        }
      });

  for (const lang of ['id', 'en', 'jv'])
    it(`1024×768 projector: nothing sticks out, and every statement with its count fields and Next fits the screen (${lang})`, async function () {
      this.timeout(60000);
      const el = await place(1024, 768, lang, 'facilitator', 'projector');
      const problems = await everyScreen(el, (e) => {
        const out = overflowing(e);
        if ($(e, '.counts')) {
          const bottom = $(e, '[data-action=next]')!.getBoundingClientRect().bottom - e.getBoundingClientRect().top;
          if (bottom > 768) out.push(`Next at ${Math.round(bottom)} px`);
        }
        return out;
      });
      expect(problems).to.deep.equal([]);
      // On the projector even the table fits: no scrolling in front of the room.
      const region = $(el, '.scroll')!;
      expect(region.scrollWidth).to.be.at.most(region.clientWidth + 1);
      // Far viewing: the statement is projected at least twice the normal text size.
      el.goToStep(1);
      await el.updateComplete;
      expect(parseFloat(getComputedStyle($(el, '.statement')!).fontSize)).to.be.at.least(32);
    });

  it('1024×768 projector, a person alone: nothing sticks out on any screen', async function () {
    this.timeout(60000);
    const el = await place(1024, 768, 'jv', '', 'projector');
    expect(await everyScreen(el, overflowing)).to.deep.equal([]);
  });
});
