import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/report-guide/define.js';
import '../../src/elements/help-card/define.js';
import { $ } from '../helpers.js';

describe('embedded elements (issue 10, item 14)', () => {
  it('two elements one after the other have a gap between them, with no style from the host', async () => {
    const box = await fixture(html`<div><aman-help-card lang="id"></aman-help-card><aman-report-guide lang="id"></aman-report-guide></div>`);
    const [a, b] = [...box.children] as HTMLElement[];
    await waitUntil(() => !!$(b, '[data-step]'), 'guide did not become ready', { timeout: 5000 });
    const gap = b.getBoundingClientRect().top - a.getBoundingClientRect().bottom;
    expect(gap).to.be.at.least(16);
  });
});
