import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { AmanStigmaModule } from '../../src/elements/stigma-module/stigma-module.js';
import {
  $,
  $$,
  clearAmanStorage,
  expectStoresNothing,
  focused,
  hostileCss,
  jsonResponse,
  record,
  removeHostileCss,
  stubFetch,
  textOf,
} from '../helpers.js';
import { answerAll, barsText, click, mini, next, part, press, said, shown, stigma, title } from './stigma-helpers.js';

const stored = () => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('aman:')).map((k) => [k, JSON.parse(localStorage.getItem(k)!)]));

describe('aman-stigma-module (a person alone)', () => {
  beforeEach(clearAmanStorage);
  afterEach(async () => {
    clearAmanStorage();
    removeHostileCss();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('is accessible (axe) on every screen: intro, check, missing answers, cards turned, a scenario answered, words, results', async () => {
    const el = await stigma({ src: mini });
    await expect(el).to.be.accessible();
    await next(el);
    await click(el, '[data-action=next]'); // "done" with nothing answered: the messages are on screen
    expect($$(el, 'fieldset .hint')).to.have.length(3);
    await expect(el).to.be.accessible();
    await answerAll(el, [4, 2, 3]);
    await next(el);
    await click(el, '[data-myth=m1]');
    await expect(el).to.be.accessible();
    await next(el);
    $$<HTMLInputElement>(el, 'input[type=radio]')[0]!.click();
    await click(el, '[data-action=respond]');
    await expect(el).to.be.accessible();
    await next(el);
    await next(el);
    expect(part(el)).to.equal('language');
    await expect(el).to.be.accessible();
    await next(el);
    await answerAll(el, [1, 5, 2]);
    await next(el);
    expect(part(el)).to.equal('results');
    await expect(el).to.be.accessible();
  });

  it('shows the default Indonesian pack with no attributes, the English one with lang="en", Javanese UI with lang="jv"', async () => {
    const id = await stigma();
    expect(textOf(id)).to.contain('Dukung, Bukan Stigma');
    expect($(id, 'nav')!.getAttribute('aria-label')).to.equal('Bagian modul');
    expect($(id, '[data-action=next]')!.textContent!.trim()).to.equal('Mulai');
    const en = await stigma({ lang: 'en' });
    expect($(en, 'h2')!.textContent).to.equal('Support, Not Stigma');
    expect(title(en)).to.equal('Introduction');
    const jv = await stigma({ lang: 'jv' });
    expect(title(jv)).to.equal('Pambuka');
    expect($(jv, '[data-action=next]')!.textContent!.trim()).to.equal('Wiwit');
    expect($(jv, '[part~=base]')!.getAttribute('lang')).to.equal('jv');
  });

  it('before → module → after: per statement and overall, as computed by hand, in Indonesian decimals', async () => {
    const el = await stigma({ src: mini });
    await next(el);
    // a1 blames (disagree is supportive), a2 supports (agree), a3 blames.
    // before: a1 "Setuju" (4) → 2; a2 "Tidak setuju" (2) → 2; a3 "Ragu-ragu" (3) → 3; mean 7/3 → 2,3.
    await answerAll(el, [4, 2, 3]);
    await next(el);
    await $$<HTMLButtonElement>(el, 'nav button')[5]!.click();
    await el.updateComplete;
    expect(part(el)).to.equal('after');
    // after: a1 "Sangat tidak setuju" (1) → 5; a2 "Sangat setuju" (5) → 5; a3 "Tidak setuju" (2) → 4; mean 14/3 → 4,7.
    await answerAll(el, [1, 5, 2]);
    await next(el);
    expect(title(el)).to.equal('Hasil saya');
    expect(focused(el)).to.equal($(el, '.step-title'));
    const overall = $(el, 'h4 + .bars')!;
    expect(barsText(overall)).to.equal('Sebelum 2,3 Sesudah 4,7');
    // The change is that of the numbers shown: 4,7 − 2,3.
    expect(overall.nextElementSibling!.textContent!.trim()).to.equal('Perubahan: +2,4, lebih mendukung');
    const rows = $$(el, '.statements > li');
    expect(rows.map((r) => barsText(r.querySelector('.bars')!))).to.deep.equal([
      'Sebelum 2,0 Sesudah 5,0',
      'Sebelum 2,0 Sesudah 5,0',
      'Sebelum 3,0 Sesudah 4,0',
    ]);
    expect(rows.map((r) => r.querySelector('.change')!.textContent!.trim())).to.deep.equal([
      'Perubahan: +3,0, lebih mendukung',
      'Perubahan: +3,0, lebih mendukung',
      'Perubahan: +1,0, lebih mendukung',
    ]);
    expect(rows[0]!.textContent).to.contain('Jawaban Anda: Setuju → Sangat tidak setuju');
    // The bars are drawn to scale (0…5) in the SVG's own attributes, never in a style attribute.
    const bars = rows[2]!.querySelectorAll('svg rect:not(.track)');
    expect([...bars].map((r) => r.getAttribute('width'))).to.deep.equal(['3', '4']);
    expect($$(el, '[style]')).to.have.length(0);
  });

  it('a lower score after is said plainly, without blame; English writes decimals with a point', async () => {
    const el = await stigma({ src: mini, lang: 'en' });
    await next(el);
    await answerAll(el, [1, 5, 1]);
    await next(el);
    await click(el, 'nav li:nth-child(6) button');
    await answerAll(el, [2, 5, 1]);
    await next(el);
    expect($(el, '.statements .change')!.textContent!.trim()).to.equal('Change: -1.0, less supportive than before');
    expect(barsText($(el, 'h4 + .bars')!)).to.equal('Before 5.0 After 4.7');
    expect(textOf(el)).to.not.match(/wrong|bad|shame/i);
  });

  it('"done" with statements unanswered: says which, beside each, and puts the keyboard on the first', async () => {
    const el = await stigma({ src: mini });
    await next(el);
    $$(el, 'fieldset')[1]!.querySelector<HTMLInputElement>('input')!.click();
    await click(el, '[data-action=next]');
    expect(part(el)).to.equal('before');
    expect($(el, '.missing')!.textContent).to.equal('Jawab semua pernyataan dulu. Belum dijawab: nomor 1, 3.');
    expect(said(el)).to.equal('Jawab semua pernyataan dulu. Belum dijawab: nomor 1, 3.');
    const first = $(el, '[data-question=before-a1]')!;
    expect(first.getAttribute('aria-describedby')).to.equal('before-a1-hint');
    expect($(el, '#before-a1-hint')!.textContent).to.equal('Pernyataan ini belum dijawab.');
    expect($(el, '[data-question=before-a2]')!.hasAttribute('aria-describedby')).to.equal(false);
    await waitUntil(() => focused(el)?.closest('fieldset') === first, 'focus did not go to the first open statement');
  });

  it('the check after and the results need the check before first, and say so where they are tried', async () => {
    const el = await stigma({ src: mini });
    for (const [i, name] of [[5, 'Cek sikap: sesudah'], [6, 'Hasil saya']] as const) {
      await click(el, `nav li:nth-child(${i + 1}) button`);
      expect(title(el)).to.equal(name);
      expect($(el, '.missing')!.textContent).to.contain('Isi cek sikap sebelum dulu.');
      expect($$(el, 'fieldset')).to.have.length(0);
    }
    await click(el, '[data-action=go]');
    expect(part(el)).to.equal('before');
    await answerAll(el, [3, 3, 3]);
    await click(el, 'nav li:nth-child(7) button');
    // Results with only "before": the person is shown the way to the check after.
    expect($(el, '.missing')!.textContent).to.equal('Isi cek sikap sesudah untuk melihat perubahan sikap Anda.');
    expect(barsText($(el, 'h4 + .bars')!)).to.equal('Sebelum 3,0 Sesudah belum ada data');
    await click(el, '[data-action=go]');
    expect(part(el)).to.equal('after');
  });

  it('a myth card turns over by a real button (aria-expanded), by Enter and Space, and counts the cards turned', async () => {
    const el = await stigma({ src: mini });
    await click(el, 'nav li:nth-child(3) button');
    const btn = $<HTMLButtonElement>(el, '[data-myth=m1]')!;
    const fact = $(el, `#${btn.getAttribute('aria-controls')}`)!;
    expect(btn.localName).to.equal('button');
    expect(btn.getAttribute('aria-expanded')).to.equal('false');
    expect(fact.hidden).to.equal(true);
    btn.focus();
    await press('Enter');
    await el.updateComplete;
    expect(btn.getAttribute('aria-expanded')).to.equal('true');
    expect(fact.hidden).to.equal(false);
    expect(fact.textContent).to.contain('Pelaku sering orang yang dikenal anak.');
    expect(fact.querySelector('a')!.getAttribute('href')).to.equal('tel:129');
    expect(textOf(el)).to.contain('1 dari 2 kartu sudah dibalik.');
    await press('Space');
    await el.updateComplete;
    expect(btn.getAttribute('aria-expanded')).to.equal('false');
    expect(fact.hidden).to.equal(true);
  });

  it('turning a card moves nothing when the reader asks for reduced motion', async () => {
    const el = await stigma({ src: mini });
    await click(el, 'nav li:nth-child(3) button');
    await click(el, '[data-myth=m1]');
    expect($(el, '.fact:not([hidden])')!.getAnimations().length).to.equal(1);
    await click(el, '[data-myth=m1]');
    await emulateMedia({ reducedMotion: 'reduce' });
    await click(el, '[data-myth=m1]');
    expect($(el, '.fact:not([hidden])')!.getAnimations()).to.have.length(0);
  });

  it('a scenario answers every choice kindly: what supports the child, and the more supportive way when not', async () => {
    const el = await stigma({ src: mini });
    await click(el, 'nav li:nth-child(4) button');
    expect(title(el)).to.equal('Situasi (1 dari 2)');
    expect($(el, '.role')!.textContent).to.equal('Anda seorang tetangga.');
    await click(el, '[data-action=respond]');
    expect($(el, '#sc-r1-hint')!.textContent).to.equal('Pilih satu jawaban dulu.');
    expect(said(el)).to.equal('Pilih satu jawaban dulu.');
    $$<HTMLInputElement>(el, 'input[type=radio]')[0]!.click(); // "Ikut bercerita." — not supportive
    await el.updateComplete;
    expect($(el, '#sc-r1-hint')).to.equal(null);
    await click(el, '[data-action=respond]');
    const fb = $(el, '.feedback')!;
    expect(fb.dataset.state).to.equal('better');
    expect(fb.textContent).to.contain('Ada cara yang lebih mendukung anak.');
    expect(fb.textContent).to.contain('Cerita yang menyebar menyakiti anak lagi.');
    expect(fb.querySelector('ul')!.textContent!.trim()).to.equal('Menghentikan gosip dengan tenang.');
    expect(fb.textContent).to.not.match(/salah|keliru|buruk/i);
    expect(said(el)).to.equal('Ada cara yang lebih mendukung anak. Cerita yang menyebar menyakiti anak lagi.');
    await waitUntil(() => focused(el)?.dataset.action === 'next', 'focus did not move to Next');
    $$<HTMLInputElement>(el, 'input[type=radio]')[1]!.click();
    await click(el, '[data-action=respond]');
    expect($(el, '.feedback')!.dataset.state).to.equal('ok');
    expect($(el, '.feedback')!.textContent).to.contain('Sikap ini mendukung anak. Anda melindungi anak.');
    expect($(el, '.feedback ul')).to.equal(null);
  });

  it('the words part shows words that blame beside words that support, with why', async () => {
    const el = await stigma({ src: mini });
    await click(el, 'nav li:nth-child(5) button');
    const items = $$(el, '.words > li');
    expect(items).to.have.length(2);
    expect(items[0]!.querySelector('.avoid')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('✗ Hindari aib keluarga');
    expect(items[0]!.querySelector('.use')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('✓ Gunakan kejahatan pelaku');
    expect(items[0]!.querySelector('.why em')!.textContent).to.equal('aib');
    expect(items[1]!.querySelector('.why')).to.equal(null);
  });

  it('keeps the answers on this device only, without time or name; someone who only reads stores nothing', async () => {
    const fetches = stubFetch();
    try {
      let el!: AmanStigmaModule;
      await expectStoresNothing(async () => {
        el = await stigma({ src: mini });
        await next(el);
        await next(el); // "done" on a check left unanswered: it stays, and asks
        await click(el, 'nav li:nth-child(3) button');
        await click(el, '[data-myth=m2]');
        await click(el, 'nav li:nth-child(5) button');
      });
      await click(el, 'nav li:nth-child(2) button');
      await answerAll(el, [4, 2, 3]);
      await next(el);
      expect(stored()).to.deep.equal({ 'aman:stigma:test-stigma': { v: '1.0.0', step: 2, before: { a1: 4, a2: 2, a3: 3 }, after: {} } });
      // Nothing but the pack and the words was ever asked of the network.
      expect(fetches.paths().filter((p) => !p.startsWith('/locales/') && p !== '/test/fixtures/stigma-mini.json')).to.deep.equal([]);
      el.remove();
      const again = await stigma({ src: mini });
      expect(part(again)).to.equal('myths');
      await click(again, 'nav li:nth-child(2) button');
      expect($$<HTMLInputElement>(again, 'input:checked').map((i) => i.value)).to.deep.equal(['4', '2', '3']);
      await click(again, '[data-action=clear]');
      await click(again, '[data-action=clear-yes]');
      expect(stored()).to.deep.equal({});
      expect(part(again)).to.equal('intro');
      expect(said(again)).to.contain('sudah dihapus');
    } finally {
      fetches.restore();
    }
  });

  it('starts afresh from stored answers that were tampered with or are for another version', async () => {
    for (const bad of ['{', '{"v":"0.9","step":2,"before":{"a1":4},"after":{}}', '{"v":"1.0.0","step":2,"before":{"a1":9},"after":{}}']) {
      localStorage.setItem('aman:stigma:test-stigma', bad);
      const el = await stigma({ src: mini });
      expect(part(el)).to.equal('intro');
      await next(el);
      expect($$(el, 'input:checked')).to.have.length(0);
      el.remove();
    }
  });

  it('a new language of the same pack keeps the screen and the answers', async () => {
    const el = await stigma();
    await next(el);
    await answerAll(el, [1, 2, 3, 4, 5, 1, 2, 3, 4, 5]);
    await next(el);
    await next(el);
    expect(title(el)).to.equal('Situasi (1 dari 6)');
    el.setAttribute('lang', 'en');
    await waitUntil(() => $(el, '.step-title')?.textContent === 'Situations (1 of 6)', 'the screen did not follow the language');
    await click(el, 'nav li:nth-child(2) button');
    expect($$<HTMLInputElement>(el, 'input:checked').map((i) => i.value)).to.deep.equal(['1', '2', '3', '4', '5', '1', '2', '3', '4', '5']);
  });

  it('marks pack text in another language than the page with its own lang; the UI keeps the page language', async () => {
    const pack = await (await fetch(mini)).json();
    pack.lang = 'en';
    const fetches = stubFetch((url) => (url.pathname.endsWith('/english.json') ? jsonResponse(pack) : undefined));
    try {
      const el = await stigma({ src: '/test/fixtures/english.json' });
      expect($(el, '[part~=base]')!.getAttribute('lang')).to.equal('id');
      expect($(el, 'h2')!.getAttribute('lang')).to.equal('en');
      await next(el);
      expect($(el, 'legend span')!.getAttribute('lang')).to.equal('en');
      expect($(el, '.choice span')!.getAttribute('lang')).to.equal('en');
      expect($(el, '[data-action=next]')!.closest('[lang]')!.getAttribute('lang')).to.equal('id');
      await click(el, 'nav li:nth-child(3) button');
      expect($(el, '.myth span')!.getAttribute('lang')).to.equal('en');
    } finally {
      fetches.restore();
    }
  });

  it('a pack that cannot load: the calm line, and after "Coba lagi" the keyboard lands on the module, not on <body>', async () => {
    let fail = true;
    const fetches = stubFetch((url) => {
      if (!url.pathname.endsWith('/flaky.json')) return undefined;
      return fail ? new Response('busy', { status: 503 }) : fetch(mini);
    });
    try {
      const el = await fixture<AmanStigmaModule>(html`<aman-stigma-module src="/test/fixtures/flaky.json"></aman-stigma-module>`);
      await waitUntil(() => shown(el), 'no error shown', { timeout: 5000 });
      expect($(el, '[role=alert] strong')!.textContent).to.equal('Materi ini belum bisa ditampilkan.');
      fail = false;
      $<HTMLButtonElement>(el, '[data-action=retry]')!.focus();
      await press('Enter');
      await waitUntil(() => focused(el)?.classList.contains('step-title'), 'focus did not move to the module after "Coba lagi"', { timeout: 5000 });
    } finally {
      fetches.restore();
    }
  });

  it('in forced colours the bars keep a visible difference from the scale behind them', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await stigma({ src: mini });
      await next(el);
      await answerAll(el, [1, 1, 1]);
      await click(el, 'nav li:nth-child(7) button');
      const [track, bar] = [...$(el, '.bar.before')!.querySelectorAll('rect')];
      expect(getComputedStyle(bar!).fill).to.not.equal(getComputedStyle(track!).fill);
      expect(getComputedStyle(track!).stroke).to.not.equal('none');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('names the JSON path of a broken pack, fires aman-error, and recovers with a good pack', async () => {
    const pack = await (await fetch(mini)).json();
    pack.attitudeCheck.scale.pop();
    pack.scenarios[1].options[0].supportive = false;
    const seen = record(document, 'aman-error');
    try {
      const el = await fixture<AmanStigmaModule>(html`<aman-stigma-module .packData=${pack}></aman-stigma-module>`);
      await waitUntil(() => shown(el), 'no error', { timeout: 5000 });
      const alert = $(el, '[role=alert]')!;
      expect(alert.textContent).to.contain('attitudeCheck.scale');
      expect(alert.textContent).to.contain('scenarios[1].options');
      expect(seen[0]!.detail).to.include({ packId: 'test-stigma', path: 'attitudeCheck.scale' });
      el.packData = undefined;
      el.src = mini;
      await waitUntil(() => !!$(el, '.step-title'));
      expect($(el, 'h2')!.textContent).to.equal('Uji: dukung, bukan stigma');
    } finally {
      seen.stop();
    }
  });

  it('never runs pack text: markup shows as text, unsafe links stay words, bidi overrides are dropped', async () => {
    (window as any).__xss = 0;
    const el = await stigma({ src: '/test/fixtures/stigma-xss.json' });
    const walk = async () => {
      const texts: string[] = [];
      for (let i = 0; i < el.stepCount; i++) {
        el.goToStep(i);
        await el.updateComplete;
        for (const b of $$<HTMLButtonElement>(el, '[data-myth]')) b.click();
        const radio = $<HTMLInputElement>(el, 'input[type=radio]');
        if (radio && part(el) === 'scenarios') {
          radio.click();
          await el.updateComplete;
          $<HTMLButtonElement>(el, '[data-action=respond]')!.click();
        }
        if (radio && part(el) !== 'scenarios') for (const g of $$(el, 'fieldset')) g.querySelector<HTMLInputElement>('input')!.click();
        await el.updateComplete;
        await nextFrame();
        texts.push(textOf(el));
      }
      return texts.join('\n');
    };
    const all = await walk();
    expect((window as any).__xss).to.equal(0);
    expect($$(el, 'img, script, iframe, object, embed, b, svg image')).to.have.length(0);
    expect(all).to.contain('<img src=x onerror="window.__xss=1">');
    for (const link of $$<HTMLAnchorElement>(el, 'a')) expect(link.protocol).to.match(/^(https?|tel|mailto):$/);
    expect(all).to.contain('klik'); // the javascript: link is kept as plain text
    expect(all).to.not.match(/[\u202a-\u202e\u2066-\u2069]/);
    expect(all).to.contain('129 SAPA'); // shown in the order it was written, not reversed by an override
    expect((window as any).__xss).to.equal(0);
  });

  it('survives hostile page CSS', async () => {
    hostileCss(`aman-stigma-module { color: transparent; } button, input, label, li, fieldset, nav, svg, rect { display: none !important; }`);
    const el = await stigma({ src: mini });
    const btn = $<HTMLButtonElement>(el, '[data-action=next]')!;
    expect(getComputedStyle(btn).display).to.not.equal('none');
    expect(btn.getBoundingClientRect().height).to.be.at.least(44);
    expect(parseFloat(getComputedStyle($(el, 'p')!).fontSize)).to.be.at.least(16);
    await next(el);
    const label = $(el, 'label')!;
    expect(getComputedStyle(label).color).to.not.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle($(el, 'nav')!).display).to.not.equal('none');
    await expect(el).to.be.accessible();
  });
});
