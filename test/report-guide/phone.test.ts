import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/report-guide/define.js';
import type { AmanReportGuide } from '../../src/elements/report-guide/report-guide.js';
import { $, $$ } from '../helpers.js';

// Issue 10, item 3: on a 360×740 phone the guide's first screen has the numbers to call now, before the questions.

const REGION = '/test/fixtures/region-test.json';
const ready = (el: AmanReportGuide) => !!$(el, '[data-step]') && $$(el, '.directory h4').length > 1;

async function guide(region?: string): Promise<AmanReportGuide> {
  const el = await fixture<AmanReportGuide>(
    region
      ? html`<aman-report-guide lang="id" region-src=${region}></aman-report-guide>`
      : html`<aman-report-guide lang="id"></aman-report-guide>`,
  );
  await waitUntil(() => ready(el), 'guide did not become ready', { timeout: 5000 });
  return el;
}
const first = (el: AmanReportGuide, sel: string) => $(el, sel)!.getBoundingClientRect();

describe('aman-report-guide on a phone (360×740)', () => {
  before(() => setViewport({ width: 360, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows SAPA 129 and 112 in the first viewport, before the questions', async () => {
    const el = await guide();
    for (const href of ['tel:129', 'tel:112']) {
      const r = first(el, `a[href="${href}"]`);
      expect(r.bottom, href).to.be.at.most(740);
    }
    const now = $(el, '.now')!;
    const question = $(el, 'input[name="audience"]')!;
    expect(now.compareDocumentPosition(question) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(now.querySelector('h3')!.textContent).to.equal('Butuh bantuan sekarang?');
    // The national pack's "UPTD PPA in your district" has no number to call: not in the call-now block.
    expect($$(el, '.now [data-contact]').map((c) => c.dataset.contact)).to.deep.equal(['sapa', 'emergency']);
  });

  it('adds the region\'s UPTD PPA to the first screen when a region pack is set', async () => {
    const el = await guide(REGION);
    expect($$(el, '.now [data-contact]').map((c) => c.dataset.contact)).to.deep.equal(['sapa', 'emergency', 'uptd']);
    const uptd = $(el, '.now [data-contact="uptd"] a[href^="tel:"]')!;
    expect(uptd.getBoundingClientRect().bottom).to.be.at.most(740);
    await expect(el).to.be.accessible();
  });

  it('keeps its sticky quick exit to one line and no heading under it', async () => {
    const el = await guide(REGION);
    const bar = $(el, '.exit-bar')!;
    expect(bar.getBoundingClientRect().height).to.be.at.most(60);
    const heading = $(el, '.directory h3')!;
    heading.scrollIntoView();
    await new Promise((r) => requestAnimationFrame(r));
    expect(heading.getBoundingClientRect().top).to.be.at.least(bar.getBoundingClientRect().bottom - 1);
    window.scrollTo(0, 0);
  });
});
