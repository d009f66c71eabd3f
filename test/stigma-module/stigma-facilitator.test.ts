// The village session (mode="facilitator"): hands counted per answer with number fields and − / +, the group's
// before/after as a chart with its table (checked against a hand computation), the anonymous export, and a reload
// that loses nothing.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AmanStigmaModule } from '../../src/elements/stigma-module/stigma-module.js';
import { $, $$, clearAmanStorage, focused, stubFetch, textOf } from '../helpers.js';
import { barsText, click, mini, next, part, press, said, stigma, title } from './stigma-helpers.js';

const field = (el: AmanStigmaModule, phase: string, item: string, v: number) => $<HTMLInputElement>(el, `#${phase}-${item}-${v}`)!;

/** Types `text` into a count field as a person does: select what is there, type over it. */
async function type(el: AmanStigmaModule, input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ press: 'Control+a' });
  await sendKeys(text ? { type: text } : { press: 'Backspace' });
  await el.updateComplete;
}

/** Fills the counts of the statement on screen (answers 1…5), typing each. */
async function count(el: AmanStigmaModule, counts: number[]): Promise<void> {
  const inputs = $$<HTMLInputElement>(el, '.counts input');
  for (const [v, n] of counts.entries()) await type(el, inputs[v]!, String(n));
}

/** Goes to the screen whose heading is `name` through the element's own steps. */
async function goTo(el: AmanStigmaModule, name: string): Promise<void> {
  for (let i = 0; i < el.stepCount; i++) {
    el.goToStep(i);
    await el.updateComplete;
    await waitUntil(() => !!$(el, '.step-title') && !$(el, '[aria-busy=true]'));
    if (title(el) === name) return;
  }
  throw new Error(`no screen "${name}"`);
}

describe('aman-stigma-module in a village session (mode="facilitator")', () => {
  beforeEach(clearAmanStorage);
  afterEach(clearAmanStorage);

  it('is accessible (axe): a statement with its count fields, a field in error, the group results', async () => {
    const el = await stigma({ src: mini, mode: 'facilitator' });
    await next(el);
    expect(title(el)).to.equal('Cek sikap: sebelum (1 dari 3)');
    await expect(el).to.be.accessible();
    await type(el, field(el, 'before', 'a1', 0), '-2');
    await expect(el).to.be.accessible();
    await goTo(el, 'Hasil kelompok');
    await expect(el).to.be.accessible();
  });

  it('shows each statement large with a count field, − and + for every answer of the scale', async () => {
    const el = await stigma({ src: mini, mode: 'facilitator', scale: 'projector' });
    expect(textOf(el)).to.contain('Sesi kelompok');
    await next(el);
    expect($(el, '.statement')!.textContent).to.equal('Pakaian anak bisa menjadi penyebab kekerasan seksual.');
    expect($$(el, '.counts label').map((l) => l.textContent)).to.deep.equal(['Sangat tidak setuju', 'Tidak setuju', 'Ragu-ragu', 'Setuju', 'Sangat setuju']);
    const input = field(el, 'before', 'a1', 3);
    // A text field with the numeric keypad: what was typed always stays visible (type=number would hide "1e").
    expect([input.type, input.inputMode]).to.deep.equal(['text', 'numeric']);
    expect(input.labels![0]!.textContent).to.equal('Setuju');
    expect(input.value).to.equal('0');
    const plus = input.nextElementSibling as HTMLButtonElement;
    expect(plus.getAttribute('aria-label')).to.equal('Tambah satu: Setuju');
    plus.focus();
    await press('Enter');
    await press('Space');
    await press('Enter');
    await el.updateComplete;
    expect(input.value).to.equal('3');
    expect(said(el)).to.equal('Setuju: 3');
    expect(focused(el)).to.equal(plus);
    const minus = input.previousElementSibling as HTMLButtonElement;
    expect(minus.getAttribute('aria-label')).to.equal('Kurangi satu: Setuju');
    minus.click();
    await el.updateComplete;
    expect(input.value).to.equal('2');
    // The statement: 2 hands for "Setuju" on a statement that blames the child (supportiveness 2).
    expect($(el, '.sum')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('2 jawaban · Rata-rata sikap mendukung: 2,0');
    for (let i = 0; i < 3; i++) minus.click();
    await el.updateComplete;
    expect(input.value).to.equal('0'); // never below 0
    expect($(el, '.sum')!.textContent!.trim()).to.equal('0 jawaban');
    // In the field, ArrowUp and ArrowDown count one up and down, as in a number field.
    input.focus();
    await press('ArrowUp');
    await press('ArrowUp');
    await press('ArrowDown');
    await el.updateComplete;
    expect(input.value).to.equal('1');
    expect(said(el)).to.equal('Setuju: 1');
  });

  it('a typed count that is negative, not whole or not a number: said beside the field, naming it; nothing typed is lost', async () => {
    const el = await stigma({ src: mini, mode: 'facilitator' });
    await next(el);
    const input = field(el, 'before', 'a1', 3);
    await type(el, input, '4');
    expect($(el, '.sum')!.textContent).to.contain('4 jawaban');
    await type(el, input, '-3');
    const error = $(el, '#before-a1-3-error')!;
    expect(error.textContent).to.equal('Jumlah untuk “Setuju” tidak boleh kurang dari 0.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('before-a1-3-error');
    expect(input.value).to.equal('-3');
    expect(said(el)).to.equal('Jumlah untuk “Setuju” tidak boleh kurang dari 0.');
    expect(error.closest('.count')).to.equal(input.closest('.count')); // beside its field
    // Going on and back keeps what was typed, and its error.
    await next(el);
    expect(field(el, 'before', 'a2', 3).value).to.equal('0');
    expect($(el, '.error')).to.equal(null);
    await click(el, '[data-action=prev]');
    expect(field(el, 'before', 'a1', 3).value).to.equal('-3');
    expect($(el, '#before-a1-3-error')).to.exist;
    await type(el, field(el, 'before', 'a1', 3), '1.5');
    expect($(el, '#before-a1-3-error')!.textContent).to.equal('Jumlah untuk “Setuju” harus bilangan bulat, misalnya 3.');
    await type(el, field(el, 'before', 'a1', 3), 'tiga');
    expect($(el, '#before-a1-3-error')!.textContent).to.equal('Jumlah untuk “Setuju” harus berupa angka, misalnya 3.');
    expect(field(el, 'before', 'a1', 3).value).to.equal('tiga');
    // Meanwhile the last good count stands: the "1" typed on the way to "1.5".
    expect($(el, '.sum')!.textContent).to.contain('1 jawaban');
    await type(el, field(el, 'before', 'a1', 3), '5');
    expect($(el, '#before-a1-3-error')).to.equal(null);
    expect(field(el, 'before', 'a1', 3).hasAttribute('aria-invalid')).to.equal(false);
    expect($(el, '.sum')!.textContent).to.contain('5 jawaban');
  });

  it("the group's before and after: per statement and overall, chart and table, as computed by hand", async () => {
    const el = await stigma({ src: mini, mode: 'facilitator' });
    await next(el);
    await count(el, [1, 2, 3, 4, 0]); // a1 blames: (1·5 + 2·4 + 3·3 + 4·2) / 10 = 3,0
    await next(el);
    await count(el, [0, 0, 5, 5, 0]); // a2 supports: (5·3 + 5·4) / 10 = 3,5
    await goTo(el, 'Cek sikap: sesudah (1 dari 3)');
    await count(el, [6, 3, 1, 0, 0]); // a1: (6·5 + 3·4 + 1·3) / 10 = 4,5
    await next(el);
    await count(el, [0, 0, 0, 3, 7]); // a2: (3·4 + 7·5) / 10 = 4,7
    await next(el);
    expect($(el, '.sum')!.textContent!.trim()).to.equal('0 jawaban'); // a3 is never counted
    await next(el);
    expect(title(el)).to.equal('Hasil kelompok');
    // Overall: before (3,0 + 3,5) / 2 = 3,25 → 3,3; after (4,5 + 4,7) / 2 = 4,6; change 4,6 − 3,3 = +1,3.
    const figure = $(el, 'figure')!;
    expect(barsText(figure.querySelector('h4 + .bars')!)).to.equal('Sebelum 3,3 Sesudah 4,6');
    expect(figure.querySelector('h4 + .bars + .change')!.textContent!.trim()).to.equal('Perubahan: +1,3, lebih mendukung');
    const rows = $$(el, 'figure .statements > li');
    expect(rows.map((r) => barsText(r.querySelector('.bars')!))).to.deep.equal([
      'Sebelum 3,0 Sesudah 4,5',
      'Sebelum 3,5 Sesudah 4,7',
      'Sebelum belum ada data Sesudah belum ada data',
    ]);
    expect(rows.map((r) => r.querySelector('.change')?.textContent!.trim())).to.deep.equal([
      'Perubahan: +1,5, lebih mendukung',
      'Perubahan: +1,2, lebih mendukung',
      undefined,
    ]);
    // Bars to scale (0…5) in the SVG's attributes; "no data" draws no bar.
    expect($$(el, 'figure svg rect:not(.track)').map((r) => r.getAttribute('width'))).to.deep.equal([
      '3.25', '4.6', '3', '4.5', '3.5', '4.7', '0', '0',
    ]);
    const table = $$<HTMLTableRowElement>(el, 'table tbody tr').map((tr) => [...tr.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(table).to.deep.equal([
      ['1. Pakaian anak bisa menjadi penyebab kekerasan seksual.', '3,0 10 jawaban', '4,5 10 jawaban', '+1,5'],
      ['2. Anak yang bercerita perlu dipercaya.', '3,5 10 jawaban', '4,7 10 jawaban', '+1,2'],
      ['3. Keluarga sebaiknya menutupi kasus demi nama baik.', 'belum ada data', 'belum ada data', '–'],
      ['Secara keseluruhan', '3,3', '4,6', '+1,3'],
    ]);
    expect($(el, `#${$(el, 'table')!.getAttribute('aria-labelledby')}`)!.textContent).to.equal('Angka yang sama dalam tabel');
    expect($$(el, 'table th[scope=col]').map((th) => th.textContent)).to.deep.equal(['Pernyataan', 'Sebelum', 'Sesudah', 'Perubahan']);
    expect($$(el, '[style]')).to.have.length(0);
  });

  it('says so when the statements counted before and after differ, instead of an overall change', async () => {
    const el = await stigma({ src: mini, mode: 'facilitator' });
    await next(el);
    await count(el, [0, 0, 0, 0, 2]);
    await goTo(el, 'Hasil kelompok');
    expect(barsText($(el, 'figure h4 + .bars')!)).to.equal('Sebelum 1,0 Sesudah belum ada data');
    expect(textOf(el)).to.contain('Perubahan keseluruhan muncul setelah pernyataan yang sama dihitung sebelum dan sesudah.');
  });

  it('exports the anonymous tally as CSV and JSON file downloads: counts, pack and date only; no request, nothing else kept', async () => {
    const el = await stigma({ src: mini, mode: 'facilitator' });
    await next(el);
    await count(el, [1, 2, 3, 4, 0]);
    await goTo(el, 'Cek sikap: sesudah (1 dari 3)');
    await count(el, [6, 3, 1, 0, 0]);
    await goTo(el, 'Hasil kelompok');
    const downloads: { href: string; download: string }[] = [];
    const realClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, download: this.download });
    };
    const fetches = stubFetch();
    let csv = '';
    try {
      await click(el, '[data-action=export-csv]');
      expect(fetches.urls).to.deep.equal([]);
      csv = await (await fetch(downloads[0]!.href)).text(); // (the next download revokes this one's URL)
      await click(el, '[data-action=export-json]');
    } finally {
      HTMLAnchorElement.prototype.click = realClick;
      fetches.restore();
    }
    expect(fetches.urls).to.deep.equal([downloads[0]!.href]); // the test's own read of the file, nothing else
    const today = new Date();
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(downloads.map((d) => d.download)).to.deep.equal([`test-stigma-${date}.csv`, `test-stigma-${date}.json`]);
    expect(downloads.every((d) => d.href.startsWith(`blob:${location.origin}/`))).to.equal(true);
    expect(said(el)).to.equal(`Berkas test-stigma-${date}.json sudah dibuat.`);
    const lines = csv.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines).to.have.length(7);
    expect(lines[1]).to.equal(
      `"test-stigma","1.0.0","id","${date}","a1","Pakaian anak bisa menjadi penyebab kekerasan seksual.","disagree","before","1","2","3","4","0","10","3.00"`,
    );
    expect(lines[2]).to.contain('"after","6","3","1","0","0","10","4.50"');
    const doc = await (await fetch(downloads[1]!.href)).json();
    expect(doc.pack).to.deep.equal({ id: 'test-stigma', version: '1.0.0', lang: 'id' });
    expect(doc.date).to.equal(date);
    expect(doc.statements[0].after).to.deep.equal({ counts: [6, 3, 1, 0, 0], total: 10, meanSupportiveness: 4.5 });
    // Nothing about the device or the time of day in either file.
    for (const text of [csv, JSON.stringify(doc)]) expect(text).to.not.match(/Mozilla|Chrome|\d{2}:\d{2}|T\d{2}|userAgent|screen/);
    // The one thing kept on the device is the tally (and the screen), under its own key.
    expect(Object.keys(localStorage).filter((k) => k.startsWith('aman:'))).to.deep.equal(['aman:stigma-tally:test-stigma']);
    const kept = JSON.parse(localStorage.getItem('aman:stigma-tally:test-stigma')!);
    expect(kept).to.deep.equal({ v: '1.0.0', step: el.stepCount - 1, tally: { before: { a1: [1, 2, 3, 4, 0] }, after: { a1: [6, 3, 1, 0, 0] } } });
  });

  it('a reload mid-session loses nothing: the counts and the screen come back; the person\'s own answers are apart', async () => {
    let el = await stigma({ src: mini, mode: 'facilitator' });
    await next(el);
    await next(el);
    await count(el, [0, 1, 2, 3, 4]);
    el.remove();
    el = await stigma({ src: mini, mode: 'facilitator' });
    expect(title(el)).to.equal('Cek sikap: sebelum (2 dari 3)');
    expect($$<HTMLInputElement>(el, '.counts input').map((i) => i.value)).to.deep.equal(['0', '1', '2', '3', '4']);
    // The same page without mode: the person's own check, with no counts in it.
    el.removeAttribute('mode');
    await waitUntil(() => title(el) === 'Pengantar');
    await next(el);
    expect($$(el, 'input:checked')).to.have.length(0);
    el.setAttribute('mode', 'facilitator');
    await waitUntil(() => !!$(el, '.counts'));
    expect($$<HTMLInputElement>(el, '.counts input').map((i) => i.value)).to.deep.equal(['0', '1', '2', '3', '4']);
  });

  it('"start a new session" deletes this session\'s counts only, after a second, explicit step', async () => {
    localStorage.setItem('aman:quiz:other', 'kept');
    const el = await stigma({ src: mini, mode: 'facilitator' });
    await next(el);
    await count(el, [1, 2, 3, 4, 0]);
    await goTo(el, 'Hasil kelompok');
    const details = $<HTMLDetailsElement>(el, 'details.new-session')!;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.focus();
    await press('Enter');
    expect(details.open).to.equal(true);
    expect(details.textContent).to.contain('Unduh dulu bila masih diperlukan.');
    await click(el, '[data-action=new-session]');
    expect(title(el)).to.equal('Cek sikap: sebelum (1 dari 3)');
    await waitUntil(() => focused(el) === $(el, '.step-title'));
    expect(said(el)).to.equal('Hitungan sudah dihapus. Sesi baru dimulai.');
    expect($$<HTMLInputElement>(el, '.counts input').map((i) => i.value)).to.deep.equal(['0', '0', '0', '0', '0']);
    expect(JSON.parse(localStorage.getItem('aman:stigma-tally:test-stigma')!).tally).to.deep.equal({ before: {}, after: {} });
    expect(localStorage.getItem('aman:quiz:other')).to.equal('kept');
  });

  it('never runs pack text in the session screens either', async () => {
    (window as any).__xss = 0;
    const el = await stigma({ src: '/test/fixtures/stigma-xss.json', mode: 'facilitator' });
    for (let i = 0; i < el.stepCount; i++) {
      el.goToStep(i);
      await el.updateComplete;
      for (const b of $$<HTMLButtonElement>(el, '[data-step="1"]')) b.click();
      await el.updateComplete;
      await nextFrame();
      expect(textOf(el)).to.not.match(/[\u202a-\u202e\u2066-\u2069]/);
    }
    expect(part(el)).to.equal('results');
    expect(textOf(el)).to.contain('<img src=x onerror="window.__xss=1">Pernyataan1');
    expect($$(el, 'img, script, iframe')).to.have.length(0);
    expect((window as any).__xss).to.equal(0);
  });
});
