// The coordinator's board. The "done": five members answer on fresh elements, the coordinator pastes their
// codes out of a WhatsApp chat, and the board shows the medians of a hand computation, the recommendations of the
// weakest dimensions and the change since a previous round; training result files import and aggregate (averages by
// hand); the printed report fits one A4 page. Also: the anonymity gate, refused codes and why, storage and clearing.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { encodeResponse } from '../../src/core/collaboration.js';
import { dimensionResults, roundExport } from '../../src/core/collaboration-results.js';
import type { CollaborationCheckPack } from '../../src/core/types.js';
import type { AmanMonitoring } from '../../src/elements/monitoring/monitoring.js';
import { $, $$, clearAmanStorage, focused, textOf } from '../helpers.js';
import { answerAll, board, check, mini, press } from '../collaboration-check/collab-helpers.js';

const pack = (await (await fetch(mini)).json()) as CollaborationCheckPack;
/** Five members' answers to a1, a2 (info), b1 (trust), c1 (feedback). */
const MEMBERS = [
  [1, 2, 5, 3],
  [3, 3, 4, 4],
  [4, 5, 1, 2],
  [2, 2, 3, 5],
  [5, 4, 1, 4],
];
const rows = (el: AmanMonitoring) =>
  $$(el, '.picture tbody tr').map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.trim()));

async function paste(el: AmanMonitoring, text: string): Promise<void> {
  $<HTMLTextAreaElement>(el, 'textarea')!.value = text;
  await press(el, '[data-action=add]');
}

async function upload(el: AmanMonitoring, id: string, files: { name: string; text: string }[]): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => input.value === '', 'the file was not read');
  await el.updateComplete;
}

describe('aman-monitoring', () => {
  beforeEach(clearAmanStorage);
  afterEach(clearAmanStorage);

  it('five members answer, the coordinator pastes their codes: medians by hand, weakest with advice, a previous round', async function () {
    this.timeout(40000);
    const codes: string[] = [];
    for (const m of MEMBERS) {
      const member = await check({ src: mini, round: '2026-12' });
      codes.push(await answerAll(member, m));
      member.remove();
    }
    const el = await board({ src: mini, round: '2026-12' });
    await expect(el).to.be.accessible();
    // Two codes are not an anonymous group: nothing shows.
    await paste(el, codes.slice(0, 2).join('\n'));
    expect($(el, '[data-state=too-few]')!.textContent).to.contain('Sekarang: 2');
    expect($(el, '.picture')).to.equal(null);
    // The rest inside a WhatsApp chat export, with one sent twice, one mistyped, one of another round.
    const typo = codes[4]!.slice(0, -1) + (codes[4]!.endsWith('A') ? 'B' : 'A');
    const other = encodeResponse(pack, '2026-06', { a1: 3, a2: 3, b1: 3, c1: 3 });
    await paste(el, [
      `01/12/26 09.15 - Rina: ${codes[2]}`,
      `01/12/26 09.16 - Tono: kode saya ${codes[3]} ya`,
      `01/12/26 09.17 - Tono: ${codes[3]}`,
      `01/12/26 09.18 - Ani: ${typo}`,
      `01/12/26 09.19 - Ani: maaf, yang benar ${codes[4]}`,
      `01/12/26 09.20 - Budi: ${other}`,
      `01/12/26 09.21 - Sari: ${codes[0]}`,
    ].join('\n'));
    expect($(el, '.status')!.textContent).to.equal('Jawaban di putaran ini: 5.');
    expect($$(el, '.problems li').map((li) => li.textContent!.replace(/^\S+: /, ''))).to.deep.equal([
      'kode ini sudah dihitung',
      'ada huruf yang salah atau kurang (periksa lagi dengan pengirimnya)',
      'kode untuk putaran lain',
      'kode ini sudah dihitung',
    ]);
    await expect(el).to.be.accessible();
    // By hand (each member's mean per dimension, then the group):
    // info = mean(a1, a2): 1.5, 3, 4.5, 2, 4.5 → 1.5 2 3 4.5 4.5: median 3, min–max 1.5–4.5, Q1–Q3 2–4.5
    // trust = b1: 5, 4, 1, 3, 1 → 1 1 3 4 5: median 3, 1–5, Q1–Q3 1–4
    // feedback = c1: 3, 4, 2, 5, 4 → 2 3 4 4 5: median 4, 2–5, Q1–Q3 3–4
    expect(rows(el)).to.deep.equal([
      ['1. Informasi', '3', '1,5–4,5', '2–4,5'],
      ['2. Kepercayaan', '3', '1–5', '1–4'],
      ['3. Umpan balik', '4', '2–5', '3–4'],
    ]);
    const svg = $(el, '.picture svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelector('title')!.textContent).to.equal('Median kelompok per bidang (skala 1–5) dan rentang antarkuartil');
    // The median polygon: trust (3) straight down-right of the centre at 3/5 of the radius 100, at 120°.
    expect(svg.querySelector('.now')!.getAttribute('points')).to.equal('130.0,70.0 181.96,160.0 '.replace('181.96', '182.0') + '60.7,170.0');
    // Weakest first: the same median 3, trust has the lower quartile.
    expect($$(el, '.weak li').map((li) => li.dataset.dimension)).to.deep.equal(['trust', 'info', 'feedback']);
    expect($(el, '.weak li')!.textContent).to.contain('Bahas satu kasus selesai bersama.');
    // A previous round's export: the change per dimension.
    const before = roundExport(pack, '2026-06', 4, dimensionResults(pack, [[2, 2, 2, 2], [2, 2, 4, 2], [3, 3, 2, 3], [1, 1, 2, 5]]), '2026-06-30');
    // By hand: info 2, 2, 3, 1 → median 2; trust 2, 4, 2, 2 → 2; feedback 2, 2, 3, 5 → 2.5.
    await upload(el, 'previous-file', [{ name: 'forum-mini-2026-06.json', text: JSON.stringify(before) }]);
    expect(textOf(el)).to.contain('Dibandingkan dengan putaran 2026-06 (4 jawaban).');
    expect(rows(el).map((r) => r.slice(4))).to.deep.equal([['2', '+1'], ['2', '+1'], ['2,5', '+1,5']]);
    expect($(el, '.picture svg .before')).to.exist;
    await expect(el).to.be.accessible();
    // The round stays on this device: a reload shows the same board; "clear my data" empties it.
    el.remove();
    const again = await board({ src: mini, round: '2026-12' });
    expect(rows(again)[0]).to.deep.equal(['1. Informasi', '3', '1,5–4,5', '2–4,5', '2', '+1']);
    await press(again, '[data-action=clear]');
    await press(again, '[data-action=clear-yes]');
    expect($(again, '[data-state=too-few]')!.textContent).to.contain('Sekarang: 0');
    // Another round on the same board starts empty and refuses these codes.
    const other2 = await board({ src: mini, round: '2027-06' });
    await paste(other2, codes.join(' '));
    expect($$(other2, '.problems li')).to.have.length(5);
  });

  it('imports training results (one file, an array, a broken file): counts, averages by hand, names only on request', async () => {
    const el = await board({ src: mini, round: 'x' });
    const two = await (await fetch('/test/fixtures/training-results.json')).text();
    const one = await (await fetch('/test/fixtures/training-result-3.json')).text();
    await upload(el, 'training-files', [{ name: 'a.json', text: two }, { name: 'b.json', text: one }, { name: 'c.json', text: '{oops' }]);
    expect($(el, '#training-title ~ .status')!.textContent).to.equal('3 hasil ditambahkan. Tidak bisa dibaca sebagai hasil pelatihan: c.json.');
    const table = (id: string) => $$(el, `[aria-labelledby=${id}] tbody tr`).map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(table('roles-caption')).to.deep.equal([
      ['Sekolah / Dinas Pendidikan', 'Guru BK', '2', '1'],
      ['UPTD PPA', 'Manajer kasus', '1', '0'],
    ].map((r, i) => (i === 0 ? [table('roles-caption')[0]![0]!, ...r.slice(1)] : r)));
    // consent (4/5 + 1/5 + 5/5) / 3 = 66,7 %; handoff (2/4 + 4/4) / 2 = 75 % (a path that could earn none is left out)
    expect(table('comp-caption')).to.deep.equal([['Persetujuan', '66,7 %', '3'], ['Serah terima', '75 %', '2']]);
    expect($$(el, '.wrong li').map((li) => li.textContent)).to.deep.equal([
      'Adegan g2 (kasus-sekolah): 2 dari 2 kali bukan pilihan terbaik',
      'Adegan g1 (kasus-sekolah): 1 dari 3 kali bukan pilihan terbaik',
      'Adegan g3 (kasus-sekolah): 1 dari 1 kali bukan pilihan terbaik',
    ]);
    expect(textOf(el)).not.to.contain('Sari');
    const names = $<HTMLButtonElement>(el, '[data-action=names]')!;
    expect(names.getAttribute('aria-expanded')).to.equal('false');
    await press(el, '[data-action=names]');
    expect(names.getAttribute('aria-expanded')).to.equal('true');
    expect(table('people-caption').map((r) => r[0])).to.deep.equal(['Sari', '(tanpa nama)', 'Budi <img src=x onerror=alert(1)>']);
    expect($(el, '#people img')).to.equal(null);
    await expect(el).to.be.accessible();
    // The same file again adds nothing.
    await upload(el, 'training-files', [{ name: 'b.json', text: one }]);
    expect($(el, '#training-title ~ .status')!.textContent).to.equal('0 hasil ditambahkan. 1 sudah ada di papan.');
  });

  it('by keyboard: type or paste into the field, Tab to "add", Enter; the screen reader hears how many were added', async () => {
    const el = await board({ src: mini, round: 'k' });
    const codes = MEMBERS.slice(0, 3).map((m) => encodeResponse(pack, 'k', Object.fromEntries(pack.items.map((it, i) => [it.id, m[i]!]))));
    $<HTMLTextAreaElement>(el, 'textarea')!.focus();
    await sendKeys({ type: `${codes.join(' ')} AMAN-0000-0000-0000` });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.dataset.action).to.equal('add');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[aria-live]')!.textContent!.trim()).to.equal('3 kode ditambahkan. Jawaban di putaran ini: 3. 1 kode tidak bisa dihitung:');
    expect($(el, '.problems li')!.textContent).to.equal('AMAN-0000-0000-0000: bukan kode jawaban Aman');
    expect($(el, '.picture')).to.exist;
  });

  it('"print the report" prints only the board, on A4', async () => {
    const el = await board({ src: mini, round: 'p' });
    const codes = MEMBERS.map((m) => encodeResponse(pack, 'p', Object.fromEntries(pack.items.map((it, i) => [it.id, m[i]!]))));
    $<HTMLTextAreaElement>(el, 'textarea')!.value = codes.join('\n');
    await press(el, '[data-action=add]');
    const real = window.print;
    let marked = false;
    window.print = () => {
      marked = el.hasAttribute('data-aman-print') && document.documentElement.hasAttribute('data-aman-printing');
      dispatchEvent(new Event('afterprint'));
    };
    try {
      await press(el, '[data-action=print]');
      await waitUntil(() => marked, 'the board was not printed alone');
      expect(el.hasAttribute('data-aman-print')).to.equal(false);
    } finally {
      window.print = real;
    }
  });

  it('the printed report fits one A4 page: 688 px wide, at most 1047 px high, no control printed', async () => {
    const big = (await (await fetch('/content/collaboration-check/forum-ppa.id.json')).json()) as CollaborationCheckPack;
    const el = await board({ round: '2026-12' });
    const answers = (v: number) => Object.fromEntries(big.items.map((it, i) => [it.id, ((i + v) % 5) + 1]));
    await paste(el, [0, 1, 2, 3, 4, 5].map((v) => encodeResponse(big, '2026-12', answers(v))).join('\n'));
    const previous = roundExport(big, '2026-06', 5, dimensionResults(big, [0, 1, 2].map((v) => big.items.map((_, i) => ((i + v) % 4) + 1))), '2026-06-30');
    await upload(el, 'previous-file', [{ name: 'p.json', text: JSON.stringify(previous) }]);
    await setViewport({ width: 688, height: 1047 });
    await emulateMedia({ media: 'print' });
    try {
      const base = $(el, '[part~=base]')!;
      const box = base.getBoundingClientRect();
      const wide = [...base.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > 690).map((e) => `${e.tagName}.${e.className}:${e.getBoundingClientRect().width}`);
      expect(wide).to.deep.equal([]);
      expect(box.width).to.be.at.most(688);
      expect(base.scrollWidth).to.be.at.most(688);
      const parts = [...base.querySelectorAll('header, section, .picture, .weak, .picture > div')].map((e) => `${e.tagName}.${e.className}:${Math.round(e.getBoundingClientRect().height)}`).join(' ');
      expect(box.height, `report height ${box.height} ${parts}`).to.be.at.most(1047);
      expect($$(el, 'button, textarea, input').filter((b) => b.getClientRects().length)).to.deep.equal([]);
      expect($(el, '.picture svg')!.getClientRects().length).to.equal(1);
      expect($$(el, '.weak li').length).to.equal(3);
    } finally {
      await emulateMedia({ media: 'screen' });
      await setViewport({ width: 800, height: 600 });
    }
  });
});
