import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ProcedureTrainingPack } from '../../src/core/types.js';
import type { TrainingResult } from '../../src/core/training-result.js';
import { $, $$, clearAmanStorage, focused, hostileCss, record, removeHostileCss, textOf } from '../helpers.js';
import { click, decide, mini, pick, playThrough, said, screen, shown, startAs, title, training, type Training } from './training-helpers.js';

/** Catches the files the element hands to the browser (Blob + a[download]) instead of saving them. */
function captureDownloads() {
  const files: { name: string; type: string; text: Promise<string> }[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let last: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    last = b as Blob;
    return create.call(URL, b);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    files.push({ name: this.download, type: last!.type, text: last!.text() });
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** What the results say per competency, in order. */
const competencyLines = (el: Training): string[] => $$(el, '.results li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('aman-procedure-training', () => {
  beforeEach(clearAmanStorage);
  afterEach(() => {
    clearAmanStorage();
    removeHostileCss();
  });

  it('is accessible (axe) on the role picker, a scene, its feedback, a consequence, and the end', async () => {
    const el = await training({ src: mini });
    expect(screen(el)).to.equal('roles');
    await expect(el).to.be.accessible();
    await click(el, '[data-action=start]'); // nothing chosen: the message is on screen
    await expect(el).to.be.accessible();
    await startAs(el, 'guru');
    expect(screen(el)).to.equal('decision');
    await expect(el).to.be.accessible();
    await pick(el, 'b');
    await click(el, '[data-action=decide]');
    expect($(el, '[part~=feedback]')).to.exist;
    await expect(el).to.be.accessible();
    await click(el, '[data-action=continue]');
    await expect(el).to.be.accessible();
    for (const c of ['a', 'a', 'a']) await decide(el, c);
    expect(screen(el)).to.equal('end');
    await expect(el).to.be.accessible();
  });

  it('shows the default case with no attributes: Indonesian, English with lang="en", Javanese UI with lang="jv"', async () => {
    const id = await training();
    expect($(id, 'h2')!.textContent).to.match(/\S/);
    expect(title(id)).to.equal('Pilih peran Anda');
    expect($$(id, '[data-question=role] input')).to.have.length(5);
    const en = await training({ lang: 'en' });
    expect(title(en)).to.equal('Choose your role');
    expect($(en, 'h2')!.textContent).to.not.equal($(id, 'h2')!.textContent);
    const jv = await training({ lang: 'jv' });
    expect(title(jv)).to.equal('Pilih peran panjenengan');
    expect($(jv, '[part~=base]')!.getAttribute('lang')).to.equal('jv');
    expect($(jv, '[part=pack-lang]')).to.exist; // the case itself is in Indonesian, and says so
  });

  it('plays by role: feedback with the agency owning the step, then its consequence; focus and the live region follow', async () => {
    const el = await training({ src: mini });
    await click(el, '[data-action=start]');
    expect(said(el)).to.equal('Pilih satu peran dulu.');
    await startAs(el, 'uptd');
    expect(title(el)).to.equal('Keputusan 1');
    expect(focused(el) === $(el, '.step-title'), 'focus on .step-title').to.equal(true);
    expect(textOf(el)).to.contain('Anda berperan sebagai Petugas UPTD PPA · UPTD PPA');
    expect(textOf(el)).to.contain('Rujukan dari sekolah masuk ke UPTD PPA.');
    await click(el, '[data-action=decide]');
    expect(said(el)).to.equal('Pilih satu tindakan dulu.');
    await pick(el, 'b');
    await click(el, '[data-action=decide]');
    expect(said(el)).to.equal('Ada pilihan yang lebih baik di langkah ini: Memperlambat.');
    expect(focused(el) === $(el, '[data-action=continue]'), 'focus on [data-action=continue]').to.equal(true);
    const fb = $(el, '[part~=feedback]')!;
    expect(fb.textContent!.replace(/\s+/g, ' ')).to.contain('Jadwalkan asesmen bersama pekerja sosial');
    expect(fb.textContent).to.contain('Langkah ini dipegang oleh: UPTD PPA.');
    await click(el, '[data-action=continue]');
    expect(title(el)).to.equal('Keputusan 2');
    expect(textOf(el)).to.contain('Guru BK dan UPTD PPA bertemu');
    expect(focused(el) === $(el, '.step-title'), 'focus on .step-title').to.equal(true);
    // "Start again" and "another role" are always there.
    expect($(el, '[data-action=restart]')).to.exist;
    await click(el, '[data-action=roles]');
    expect(screen(el)).to.equal('roles');
    expect($<HTMLInputElement>(el, 'input[value=uptd]')!.checked).to.equal(true);
  });

  it('ends with results as computed by hand, a debrief, where paths meet, and aman-complete', async () => {
    const el = await training({ src: mini });
    const events = record(el, 'aman-complete');
    const progress = record(el, 'aman-progress');
    await playThrough(el, 'guru', ['b', 'a', 'a', 'a']);
    expect(screen(el)).to.equal('end');
    // After each decision: those taken, and the fewest still ahead from where it led (g1 → g1 → g2 → u2 → end).
    expect(progress.map((e) => [e.detail.step, e.detail.total])).to.deep.equal([[1, 3], [2, 3], [3, 4], [4, 4]]);
    expect(focused(el) === $(el, '.step-title'), 'focus on .step-title').to.equal(true);
    // Hand computation in test/core/training.test.ts: consent 3 of 7, handoff 4 of 7, total 7 of 11 (64 %) < 70 %.
    expect(competencyLines(el)).to.deep.equal(['Persetujuan dan kepentingan terbaik anak: 3 dari 7', 'Rujukan: 4 dari 7']);
    expect($(el, '.results svg rect:not(.track)')!.getAttribute('width')).to.equal('3');
    expect(textOf(el)).to.contain('Belum lulus. Nilai total: 7 dari 11 (64%)');
    expect($$(el, '.debrief > li')).to.have.length(4);
    expect($$(el, '.debrief > li')[0]!.textContent).to.contain('(bukan pilihan terbaik)');
    expect($$(el, '.others > li').map((li) => li.querySelector('p')!.textContent!.trim())).to.deep.equal([
      'Petugas UPTD PPA — UPTD PPA',
      'Penyidik Unit PPA — Unit PPA Polres (atau PPA-PPO)',
    ]);
    expect(events).to.have.length(1);
    const d = events[0]!.detail;
    expect([d.packId, d.score, d.maxScore, d.passed]).to.deep.equal(['latihan-mini', 7, 11, false]);
    expect(d.durationMs).to.be.at.least(0);
    expect(d.answers).to.deep.equal({
      g1: { type: 'single', optionId: 'a' },
      g2: { type: 'single', optionId: 'a' },
      u2: { type: 'single', optionId: 'a' },
    });
    // Another role straight from "the other agencies' view"; a best path passes.
    await click(el, '[data-play=polisi]');
    expect(textOf(el)).to.contain('Laporan masuk ke Unit PPA.');
    await decide(el, 'a');
    expect(textOf(el)).to.contain('Lulus. Nilai total: 1 dari 1 (100%)');
    expect(events).to.have.length(2);
    await click(el, '[data-action=retry]');
    expect(title(el)).to.equal('Keputusan 1');
  });

  it('resumes after a reload — on the feedback, the result and the name — and "clear my data" wipes them', async () => {
    let el = await training({ src: mini });
    await startAs(el, 'guru');
    await decide(el, 'a');
    await pick(el, 'a');
    await click(el, '[data-action=decide]');
    expect(Object.keys(localStorage)).to.include('aman:training:latihan-mini');
    el = await training({ src: mini });
    expect(title(el)).to.equal('Keputusan 2');
    expect($(el, '[part~=feedback]')).to.exist;
    const events = record(el, 'aman-complete');
    await click(el, '[data-action=continue]');
    await decide(el, 'a');
    expect(screen(el)).to.equal('end');
    const name = $<HTMLInputElement>(el, 'input[name=trainee-name]')!;
    name.value = 'Sari';
    name.dispatchEvent(new InputEvent('input'));
    el = await training({ src: mini });
    expect(screen(el)).to.equal('end');
    expect($<HTMLInputElement>(el, 'input[name=trainee-name]')!.value).to.equal('Sari');
    expect(events).to.have.length(1); // a case that ended before the reload does not end again
    // A hand-edited store is refused whole: a fresh start.
    localStorage.setItem('aman:training:latihan-mini', localStorage.getItem('aman:training:latihan-mini')!.replace('"g2"', '"u1"'));
    el = await training({ src: mini });
    expect(screen(el)).to.equal('roles');
    el = await training({ src: mini });
    await startAs(el, 'guru');
    await click(el, '[data-action=clear]');
    await click(el, '[data-action=clear-yes]');
    expect(screen(el)).to.equal('roles');
    expect(said(el)).to.equal('Data Anda di perangkat ini sudah dihapus.');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('aman:'))).to.deep.equal([]);
    el = await training({ src: mini });
    expect(screen(el)).to.equal('roles');
    expect($<HTMLInputElement>(el, 'input[value=guru]')!.checked).to.equal(false);
  });

  it('exports parse back: the JSON is the TrainingResult, the CSV has one row per decision and no formula', async () => {
    const el = await training({ src: mini });
    await playThrough(el, 'guru', ['b', 'a', 'a', 'a']);
    for (const [key, v] of [['name', '=HYPERLINK("http://x")'], ['agency', 'SMP 1']]) {
      const input = $<HTMLInputElement>(el, `input[name=trainee-${key}]`)!;
      input.value = v!;
      input.dispatchEvent(new InputEvent('input'));
    }
    const dl = captureDownloads();
    try {
      await click(el, '[data-action=export-json]');
      await click(el, '[data-action=export-csv]');
    } finally {
      dl.restore();
    }
    expect(dl.files.map((f) => [f.name.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'), f.type])).to.deep.equal([
      ['latihan-mini-guru-DATE.json', 'application/json'],
      ['latihan-mini-guru-DATE.csv', 'text/csv;charset=utf-8'],
    ]);
    const result: TrainingResult = JSON.parse(await dl.files[0]!.text);
    expect(result).to.deep.equal(el.result);
    expect(result.format).to.equal('aman-training-result/1');
    expect(result.trainee).to.deep.equal({ name: '=HYPERLINK("http://x")', agency: 'SMP 1' });
    expect([result.score, result.maxScore, result.passed, result.decisions.length]).to.deep.equal([7, 11, false, 4]);
    const csv = (await dl.files[1]!.text).replace(/^\ufeff/, '');
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).to.have.length(5);
    expect(rows[1]).to.contain(`"'=HYPERLINK(""http://x"")"`);
    expect(rows.slice(1).every((r) => r.startsWith(`"${result.attemptId}"`))).to.equal(true);
    expect(said(el)).to.match(/^Berkas latihan-mini-guru-\d{4}-\d{2}-\d{2}\.csv sudah dibuat\.$/);
  });

  it('speaks the presenter step protocol: roles, each decision, the results', async () => {
    const el = await training({ src: mini });
    const steps = record(el, 'aman-step');
    expect([el.stepCount, el.currentStep]).to.deep.equal([1, 0]);
    await playThrough(el, 'guru', ['a', 'a']);
    expect([el.stepCount, el.currentStep]).to.deep.equal([4, 3]);
    expect(el.stepTitle(0)).to.equal('Pilih peran Anda');
    expect(el.stepTitle(1)).to.equal('Seorang murid bercerita kepada Anda di ruang BK.');
    expect(el.stepNotes(1)).to.equal('Pilihan terbaik: Dengarkan dengan tenang dan percayai');
    expect(el.prevStep()).to.equal(true);
    await el.updateComplete;
    expect(title(el)).to.equal('Keputusan 2');
    expect($(el, '[data-action=continue]')).to.exist; // a past decision is shown as taken, with its feedback
    el.goToStep(99);
    await el.updateComplete;
    expect(el.currentStep).to.equal(3);
    expect(el.nextStep()).to.equal(false);
    expect(steps.map((s) => s.detail.step)).to.deep.equal([1, 2, 3, 2, 3]);
  });

  it('survives hostile page CSS', async () => {
    hostileCss('button { display: none !important } input { opacity: 0 !important }');
    const el = await training({ src: mini });
    await startAs(el, 'guru');
    const b = $(el, '[data-action=decide]')!;
    const style = getComputedStyle(b);
    expect(style.display).to.not.equal('none');
    expect(parseFloat(style.fontSize)).to.be.at.least(16);
    expect(b.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle($(el, 'input[type=radio]')!).opacity).to.equal('1');
    expect(parseFloat(getComputedStyle($(el, '.scene')!).fontSize)).to.be.at.least(16);
  });
});

describe('aman-procedure-training: untrusted pack text', () => {
  beforeEach(clearAmanStorage);
  afterEach(clearAmanStorage);

  const CORPUS = [
    '<img src=x onerror="window.__xss=1">',
    '[klik](javascript:window.__xss=2)',
    '<a href="javascript:window.__xss=3">a</a>',
    '\u202eevil\u202c \u2066txt\u2069',
    '<script>window.__xss=4</script>',
  ].join(' ');

  function hostile(): ProcedureTrainingPack {
    const x = (s: string): string => `${CORPUS} ${s}`;
    return {
      schema: 'aman-pack/1',
      kind: 'procedure-training',
      id: 'xss',
      lang: 'id',
      version: '1.0.0',
      title: x('Judul'),
      description: x('Deskripsi'),
      passMark: 0.5,
      competencies: [{ id: 'c', title: x('Kompetensi') }],
      roles: [
        { id: 'r1', title: x('Peran'), agency: 'education', start: 's1' },
        { id: 'r2', title: x('Peran dua'), agency: 'social', start: 's2' },
      ],
      scenes: [
        { id: 's1', text: x('Adegan'), choices: [
          { id: 'a', text: x('Pilihan'), next: 'e', feedback: x('Umpan'), scores: { c: 1 } },
          { id: 'b', text: x('Lain'), next: 'e', feedback: x('Umpan b') },
        ] },
        { id: 's2', text: x('Dua'), choices: [{ id: 'a', text: x('P'), next: 'e' }, { id: 'b', text: x('Q'), next: 'e' }] },
        { id: 'e', text: x('Akhir'), end: true },
      ],
    };
  }

  it('runs nothing and shows every text field as text', async () => {
    delete (window as any).__xss;
    const el = await fixture<Training>(html`<aman-procedure-training .packData=${hostile()}></aman-procedure-training>`);
    await waitUntil(() => shown(el));
    await playThrough(el, 'r1', ['b']);
    expect(screen(el)).to.equal('end');
    // Every screen was shown: the roles, the decision and its feedback, the end with its debrief and meetings.
    const text = textOf(el);
    for (const word of ['Judul', 'Kompetensi', 'Lain', 'Umpan b', 'Akhir', 'Peran dua']) expect(text).to.contain(word);
    expect(text).to.contain('<img src=x onerror="window.__xss=1">');
    expect(text).to.contain('<script>window.__xss=4</script>');
    expect(text).to.not.match(/[\u202a-\u202e\u2066-\u2069]/);
    expect(el.shadowRoot!.querySelectorAll('img, script, iframe')).to.have.length(0);
    for (const a of $$<HTMLAnchorElement>(el, 'a')) expect(a.href).to.not.match(/^javascript:/i);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as any).__xss).to.equal(undefined);
    // The exports carry the text as data.
    expect(el.result!.role.title).to.contain('<img src=x');
  });
});
