import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/help-card/define.js';
import type { AmanHelpCard } from '../../src/elements/help-card/help-card.js';
import type { AmanQuickExit } from '../../src/elements/quick-exit/quick-exit.js';
import { $, $$, deepFocus, expectStoresNothing, hostileCss, record, removeHostileCss, render, textOf } from '../helpers.js';

const REGION = '/test/fixtures/region-test.json';
const press = (key: string) => sendKeys({ press: key });
/** Ready when the card shows the region's UPTD PPA entry or the region error. */
const ready = (el: AmanHelpCard) => !!$(el, '[data-contact=uptd], [data-contact=uptd-ppa], .alert');
/** The card's links with the test region, in reading order, before the guide link. */
const CARD_LINKS = [
  'tel:129',
  'https://wa.me/628111129129',
  'tel:+62210000001',
  'https://wa.me/6281200000001',
  'https://example.org/uptd',
  'tel:110',
  'tel:112',
];
const hrefs = (el: AmanHelpCard) => $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'));

const card = (tpl = html`<aman-help-card region-src=${REGION} guide-href="/lapor/panduan.html"></aman-help-card>`) =>
  render<AmanHelpCard>(tpl, ready);

describe('aman-help-card', () => {
  afterEach(removeHostileCss);

  it('is accessible (axe), with a region and with a bad region', async () => {
    await expect(await card()).to.be.accessible();
    await expect(await card(html`<aman-help-card region-src="/test/fixtures/region-invalid.json"></aman-help-card>`)).to.be.accessible();
  });

  it('"Butuh bantuan?": SAPA 129 by call and WhatsApp, the region\'s UPTD PPA, 110/112, the full guide, the quick exit', async () => {
    const el = await card();
    expect($(el, 'h2')!.textContent).to.equal('Butuh bantuan?');
    expect(hrefs(el)).to.deep.equal([...CARD_LINKS, new URL('/lapor/panduan.html', location.href).href]);
    expect(textOf(el)).to.contain('UPTD PPA Kabupaten Uji');
    expect(textOf(el)).to.not.contain('Unit PPA Polres Uji'); // a card, not the directory
    expect($(el, 'a.guide')!.textContent).to.equal('Panduan lengkap cara melapor');
    expect(el.shadowRoot!.querySelector('aman-quick-exit')).to.not.equal(null);
  });

  it('with the default national region: says where to find the UPTD PPA, invents no number', async () => {
    const el = await card(html`<aman-help-card></aman-help-card>`);
    expect(textOf(el)).to.contain('UPTD PPA di kabupaten/kota Anda');
    expect(textOf(el)).to.contain('DP3A');
    expect(hrefs(el)).to.deep.equal(['tel:129', 'https://wa.me/628111129129', 'tel:110', 'tel:112']);
  });

  it('a bad region pack: an alert naming the path, and SAPA 129 and 110/112 still work', async () => {
    const seen = record(document, 'aman-error');
    try {
      const el = await card(html`<aman-help-card region-src="/test/fixtures/region-invalid.json"></aman-help-card>`);
      const alert = $(el, '.alert')!;
      // Calm, not assertive: the national numbers still work (screen-reader audit F12); details folded for the admin.
      expect(alert.getAttribute('role')).to.equal('status');
      expect(alert.querySelector('details summary')!.textContent).to.contain('pengelola situs');
      expect(alert.textContent).to.contain('Daftar kontak daerah tidak dapat dipakai');
      expect(alert.textContent).to.contain('contacts[1].phone');
      expect(seen.map((e) => e.detail.path)).to.deep.equal(['contacts[0].url']);
      expect(hrefs(el)).to.deep.equal(['tel:129', 'https://wa.me/628111129129', 'tel:110', 'tel:112']);
      expect(textOf(el)).to.contain('Tanyakan UPTD PPA terdekat');
    } finally {
      seen.stop();
    }
  });

  it('reads an inline JSON region pack, and offers no guide link that is not a web page', async () => {
    const region = await (await fetch(REGION)).json();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('aman-help-card');
    el.setAttribute('guide-href', 'javascript:alert(1)');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ ...region, contacts: [{ ...region.contacts[0], name: 'UPTD dari skrip' }] });
    el.append(script);
    host.append(el);
    await waitUntil(() => ready(el));
    expect(textOf(el)).to.contain('UPTD dari skrip');
    expect($(el, 'a.guide')).to.equal(null);
    expect(hrefs(el).some((h) => h?.startsWith('javascript'))).to.equal(false);
  });

  it('keyboard only: Tab through every link to the quick exit, Enter leaves for quick-exit-href', async () => {
    const el = await card(html`<aman-help-card region-src=${REGION} guide-href="/lapor" quick-exit-href="https://berita.example/"></aman-help-card>`);
    const exit = el.shadowRoot!.querySelector<AmanQuickExit>('aman-quick-exit')!;
    const went: string[] = [];
    exit.navigate = (url) => went.push(url);
    const order: string[] = [];
    for (let i = 0; i < 9; i++) {
      await press('Tab');
      const f = deepFocus() as HTMLElement;
      order.push(f.getAttribute('href') ?? f.tagName);
    }
    expect(order).to.deep.equal([...CARD_LINKS, new URL('/lapor', location.href).href, 'BUTTON']);
    try {
      await press('Enter');
      expect(document.documentElement.hasAttribute('data-aman-exit')).to.equal(true);
      expect(went).to.deep.equal(['https://berita.example/']);
    } finally {
      document.documentElement.removeAttribute('data-aman-exit');
    }
  });

  it('Shift×3 leaves through its quick exit too', async () => {
    const el = await card();
    const exit = el.shadowRoot!.querySelector<AmanQuickExit>('aman-quick-exit')!;
    const went: string[] = [];
    exit.navigate = (url) => went.push(url);
    try {
      for (let i = 0; i < 3; i++) await press('Shift');
      expect(went).to.deep.equal(['about:blank']);
      expect(getComputedStyle(document.body).display).to.equal('none');
    } finally {
      document.documentElement.removeAttribute('data-aman-exit');
    }
  });

  it('speaks English and Javanese', async () => {
    const en = await card(html`<aman-help-card lang="en" region-src=${REGION}></aman-help-card>`);
    expect($(en, 'h2')!.textContent).to.equal('Need help?');
    expect(textOf(en)).to.contain('Call 129');
    const jv = await card(html`<aman-help-card lang="jv"></aman-help-card>`);
    expect($(jv, 'h2')!.textContent).to.equal('Betah pitulungan?');
    expect(textOf(jv)).to.contain('UPTD PPA ing kabupaten/kutha panjenengan');
  });

  it('fits a 280 px column, and survives hostile page CSS', async () => {
    hostileCss('a { display: none !important; }');
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:280px"><aman-help-card region-src=${REGION}></aman-help-card></div>`);
    const el = wrap.querySelector('aman-help-card')!;
    await waitUntil(() => ready(el));
    const base = $(el, '[part~=base]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    expect(base.getBoundingClientRect().width).to.be.at.most(280);
    for (const a of $$(el, 'a')) {
      expect(getComputedStyle(a).display).to.not.equal('none');
      expect(a.getBoundingClientRect().height, a.textContent!).to.be.at.least(44);
      expect(a.getBoundingClientRect().right).to.be.at.most(wrap.getBoundingClientRect().right + 1);
    }
    expect(parseFloat(getComputedStyle($(el, 'h2')!).fontSize)).to.be.at.least(16);
    await expect(el).to.be.accessible();
  });

  it('stores nothing', async () => {
    await expectStoresNothing(async () => {
      const el = await card();
      el.setAttribute('lang', 'en');
      await waitUntil(() => $(el, 'h2')!.textContent === 'Need help?');
    });
  });
});
