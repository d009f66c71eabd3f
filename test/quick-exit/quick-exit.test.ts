import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/quick-exit/define.js';
import type { AmanQuickExit } from '../../src/elements/quick-exit/quick-exit.js';
import { $, expectStoresNothing, hostileCss, removeHostileCss, textOf } from '../helpers.js';

const press = (key: string) => sendKeys({ press: key });
const ready = (el: AmanQuickExit) => !!$(el, 'summary');
const blanked = () => document.documentElement.hasAttribute('data-aman-exit');
const title = document.title;

/** Renders a quick exit whose navigation is recorded instead of leaving the test page. */
async function quickExit(tpl = html`<aman-quick-exit></aman-quick-exit>`): Promise<{ el: AmanQuickExit; went: string[] }> {
  const el = await fixture<AmanQuickExit>(tpl);
  const went: string[] = [];
  el.navigate = (url) => went.push(url);
  await waitUntil(() => ready(el), 'quick exit did not render', { timeout: 5000 });
  return { el, went };
}

function unblank(): void {
  document.documentElement.removeAttribute('data-aman-exit');
  document.title = title;
}

describe('aman-quick-exit', () => {
  afterEach(() => {
    unblank();
    removeHostileCss();
  });

  it('is accessible (axe), before and while the shortcut is counting', async () => {
    const { el } = await quickExit();
    await expect(el).to.be.accessible();
    await press('Shift');
    await el.updateComplete;
    expect(textOf(el)).to.contain('Shift 1/3');
    await expect(el).to.be.accessible();
  });

  it('shows a visible "Keluar cepat" button with its shortcut, and explains honestly what it cannot do', async () => {
    const { el } = await quickExit();
    const btn = $<HTMLButtonElement>(el, 'button')!;
    expect(btn.textContent!.trim()).to.equal('Keluar cepat');
    expect(btn.getBoundingClientRect().height).to.be.at.least(44);
    expect($(el, '#hint')!.textContent).to.equal('atau tekan Shift 3 kali');
    const about = $<HTMLDetailsElement>(el, 'details')!;
    expect(about.open).to.equal(false);
    $<HTMLElement>(el, 'summary')!.focus();
    await press('Enter');
    expect(about.open).to.equal(true);
    expect(textOf(el)).to.contain('Riwayat browser tidak terhapus');
    expect(textOf(el)).to.match(/jendela pribadi \(penyamaran\/Incognito\)/);
    expect(textOf(el)).to.contain('hapus riwayat browser');
  });

  it('with the keyboard: Tab to the button, Enter → the page is blanked at once and replaced by href', async () => {
    const { el, went } = await quickExit(html`<aman-quick-exit href="https://cuaca.example/hari-ini"></aman-quick-exit>`);
    await press('Tab');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'button'));
    await press('Enter');
    expect(blanked()).to.equal(true);
    expect(getComputedStyle(document.body).display).to.equal('none');
    expect(document.title).to.equal('');
    expect(went).to.deep.equal(['https://cuaca.example/hari-ini']);
  });

  it('Shift pressed three times within a second leaves, with the count shown and announced', async () => {
    const { el, went } = await quickExit();
    await press('Shift');
    await el.updateComplete;
    expect($(el, '#hint')!.textContent).to.equal('Shift 1/3');
    await press('Shift');
    await el.updateComplete;
    expect($(el, '#hint')!.textContent).to.equal('Shift 2/3');
    expect($(el, '[role=status]')!.textContent).to.equal('Shift 2 dari 3. Tekan lagi untuk keluar.');
    expect(went).to.deep.equal([]);
    await press('Shift');
    expect(blanked()).to.equal(true);
    expect(went).to.deep.equal(['about:blank']); // no href: the neutral blank page, no third party
  });

  it('does not leave on slow presses, nor when Shift is part of typing', async () => {
    const { el, went } = await quickExit();
    await press('Shift');
    await press('Shift');
    await aTimeout(1100);
    await el.updateComplete;
    expect($(el, '#hint')!.textContent).to.equal('atau tekan Shift 3 kali'); // the count expired
    await press('Shift');
    expect(went).to.deep.equal([]);
    // A capital letter: Shift held while another key is pressed is typing, not a tap.
    await sendKeys({ down: 'Shift' });
    await press('A');
    await sendKeys({ up: 'Shift' });
    await press('Shift');
    expect(went).to.deep.equal([]);
    expect(blanked()).to.equal(false);
  });

  it('never goes to an unsafe or same-page destination', async () => {
    const { el, went } = await quickExit(html`<aman-quick-exit href="javascript:alert(1)"></aman-quick-exit>`);
    $<HTMLButtonElement>(el, 'button')!.click();
    unblank();
    el.href = '#';
    $<HTMLButtonElement>(el, 'button')!.click();
    expect(went).to.deep.equal(['about:blank', 'about:blank']);
  });

  it('leaves once when several quick exits are on the page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <aman-quick-exit href="https://a.example/"></aman-quick-exit><aman-quick-exit href="https://b.example/"></aman-quick-exit>
    </div>`);
    const went: string[] = [];
    for (const q of wrap.querySelectorAll('aman-quick-exit')) q.navigate = (url) => went.push(url);
    await press('Shift');
    await press('Shift');
    await press('Shift');
    expect(went).to.deep.equal(['https://a.example/']);
  });

  it('speaks English and Javanese', async () => {
    const { el } = await quickExit(html`<aman-quick-exit lang="en"></aman-quick-exit>`);
    await waitUntil(() => $(el, 'button')!.textContent!.includes('Quick exit'));
    el.setAttribute('lang', 'jv');
    await waitUntil(() => $(el, 'button')!.textContent!.includes('Medal cepet'));
    expect($(el, 'summary')!.textContent).to.equal('Babagan medal cepet');
  });

  it('survives hostile page CSS and fits 280 px', async () => {
    hostileCss('button, summary { display: none !important; }');
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:280px"><aman-quick-exit></aman-quick-exit></div>`);
    const el = wrap.querySelector('aman-quick-exit')!;
    await waitUntil(() => ready(el));
    const btn = $<HTMLButtonElement>(el, 'button')!;
    expect(getComputedStyle(btn).display).to.not.equal('none');
    expect(parseFloat(getComputedStyle(btn).fontSize)).to.be.at.least(16);
    expect(btn.getBoundingClientRect().height).to.be.at.least(44);
    const base = $(el, '[part~=base]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    await expect(el).to.be.accessible();
  });

  it('stores nothing', async () => {
    await expectStoresNothing(async () => {
      const { el, went } = await quickExit();
      await press('Shift');
      await press('Shift');
      $<HTMLButtonElement>(el, 'button')!.click();
      expect(went).to.have.length(1);
    });
  });
});
