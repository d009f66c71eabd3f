import { expect, fixture, html, waitUntil, nextFrame } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/quiz/define.js';
import type { AmanQuiz } from '../../src/elements/quiz/quiz.js';
import { $, settled, $$, breakStorage, clearAmanStorage, focused, hostileCss, record, removeHostileCss, render, textOf } from '../helpers.js';

const ready = settled;
const mini = '/test/fixtures/quiz-mini.json';
const press = (key: string) => sendKeys({ press: key });
const announced = (el: AmanQuiz) => $(el, '[aria-live]')!.textContent!.trim();

async function quiz(attrs: { src?: string; lang?: string; pack?: string } = {}): Promise<AmanQuiz> {
  return render<AmanQuiz>(
    html`<aman-quiz src=${attrs.src ?? ''} lang=${attrs.lang ?? 'id'} pack=${attrs.pack ?? ''}></aman-quiz>`,
    ready,
  );
}

describe('aman-quiz', () => {
  beforeEach(clearAmanStorage);
  afterEach(() => {
    clearAmanStorage();
    removeHostileCss();
  });

  it('is accessible (axe) on a question, after feedback and on the results', async () => {
    const el = await quiz({ src: mini });
    await expect(el).to.be.accessible();
    $$<HTMLInputElement>(el, 'input[type=radio]')[1].click();
    $<HTMLButtonElement>(el, '[data-action=check]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows the default Indonesian awareness quiz with no attributes', async () => {
    const el = await render<AmanQuiz>(html`<aman-quiz></aman-quiz>`, ready);
    expect(textOf(el)).to.contain('Kenali dan Laporkan');
    expect(textOf(el)).to.match(/Pertanyaan 1 dari \d+/);
    expect($(el, '[data-action=check]')!.textContent).to.contain('Periksa jawaban');
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en", and Javanese (UI and content) with lang="jv"', async () => {
    const en = await render<AmanQuiz>(html`<aman-quiz lang="en"></aman-quiz>`, ready);
    expect(textOf(en)).to.match(/Question 1 of \d+/);
    expect($(en, '[data-action=check]')!.textContent).to.contain('Check answer');
    const jv = await render<AmanQuiz>(html`<div lang="jv"><aman-quiz></aman-quiz></div>`, (d) =>
      ready(d.querySelector('aman-quiz')!),
    ).then((d) => d.querySelector('aman-quiz')!);
    expect(textOf(jv)).to.match(/Pitakenan 1 saking \d+/);
    expect(textOf(jv)).to.contain('Tepangi lan Laporaken'); // the built-in quiz has a Javanese pack
    expect($(jv, '[part~=base]')!.getAttribute('lang')).to.equal('jv');
  });

  it('re-renders in the new language when lang changes', async () => {
    const el = await quiz({ src: mini });
    el.setAttribute('lang', 'en');
    await waitUntil(() => textOf(el).includes('Question 1 of 5'));
    document.documentElement.lang = 'en';
    el.removeAttribute('lang');
    await waitUntil(() => textOf(el).includes('Question 1 of 5'));
    document.documentElement.lang = 'id';
    await waitUntil(() => textOf(el).includes('Pertanyaan 1 dari 5'));
  });

  it('can be done with the keyboard alone: every type, feedback announced, score and events', async () => {
    const el = await quiz({ src: mini });
    const events = record(el, 'aman-progress', 'aman-complete');

    // q1 single: Tab into the radio group, arrow to the right option, Tab to "check", Enter.
    await press('Tab');
    expect(focused(el)?.id).to.equal('q1-a');
    await press('ArrowDown');
    expect(focused(el)?.id).to.equal('q1-b');
    await press('Tab');
    expect(focused(el)?.dataset.action).to.equal('check');
    await press('Enter');
    await el.updateComplete;
    expect(announced(el)).to.contain('Jawaban Anda tepat.');
    expect(textOf(el)).to.contain('Anak adalah setiap orang yang belum berusia 18 tahun.');
    expect(focused(el)?.dataset.action).to.equal('next');
    expect(events.at(-1)).to.deep.equal({ type: 'aman-progress', detail: { packId: 'test-mini', step: 1, total: 5 } });
    await press('Enter');
    await el.updateComplete;
    expect(focused(el)?.classList.contains('prompt')).to.be.true;

    // q2 multiple: tick a and c (one right, one wrong) → partial credit 0.
    await press('Tab');
    await press('Space');
    await press('Tab');
    await press('Tab');
    await press('Space');
    expect($$<HTMLInputElement>(el, 'input[type=checkbox]').map((i) => i.checked)).to.deep.equal([true, false, true]);
    await press('Tab'); // "check", before "previous"
    await press('Enter');
    await el.updateComplete;
    expect(announced(el)).to.contain('Jawaban Anda belum tepat.');
    expect($$(el, '[part~=option]').map((o) => o.dataset.state)).to.deep.equal(['correct', 'missed', 'wrong']);
    await press('Enter');
    await el.updateComplete;

    // q3 true/false: the answer is "false".
    await press('Tab');
    await press('ArrowDown');
    expect(focused(el)?.id).to.equal('q3-false');
    await press('Tab');
    expect(focused(el)?.dataset.action).to.equal('check');
    await press('Enter');
    await el.updateComplete;
    expect(announced(el)).to.contain('Jawaban Anda tepat.');
    await press('Enter');
    await el.updateComplete;

    // q4 ordering with the ↑/↓ buttons: read the shown order, then move items until it is right.
    const want = ['aduan', 'asesmen', 'layanan'];
    const shown = () => $$(el, '[data-item]').map((li) => li.dataset.item!);
    expect(shown()).to.not.deep.equal(want); // always shown shuffled
    for (let target = 0; target < want.length; target++) {
      let from = shown().indexOf(want[target]);
      while (from > target) {
        const up = $<HTMLButtonElement>(el, `[data-item="${want[target]}"] [data-dir=up]`)!;
        up.focus();
        await press('Enter');
        await el.updateComplete;
        from--;
        expect(focused(el)?.closest('[data-item]')?.getAttribute('data-item')).to.equal(want[target]);
      }
    }
    expect(shown()).to.deep.equal(want);
    expect(announced(el)).to.match(/sekarang di urutan \d dari 3/);
    $<HTMLButtonElement>(el, '[data-action=check]')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(announced(el)).to.contain('Jawaban Anda tepat.');
    await press('Enter');
    await el.updateComplete;

    // q5 matching with native selects: match two of three correctly → 2/3.
    const selects = $$<HTMLSelectElement>(el, 'select');
    expect(selects).to.have.length(3);
    const pick = async (i: number, label: string) => {
      selects[i].focus();
      const idx = [...selects[i].options].findIndex((o) => o.text === label);
      for (let n = 0; n < idx; n++) await press('ArrowDown');
      await el.updateComplete;
    };
    await pick(0, 'Manajemen kasus');
    await pick(1, 'Penyidikan');
    await pick(2, 'Penyidikan');
    expect(selects.map((s) => s.value)).to.deep.equal(['uptd', 'polres', 'polres']);
    $<HTMLButtonElement>(el, '[data-action=check]')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(announced(el)).to.contain('Jawaban Anda sebagian benar (67%)');
    expect(textOf(el)).to.contain('Pasangan yang benar:');
    expect(focused(el)?.textContent).to.contain('Lihat hasil');
    await press('Enter');
    await el.updateComplete;

    // results: 1 + 0 + 1 + 1 + 2/3 = 3.7 of 5 = 73% ≥ 60% → passed.
    expect(textOf(el)).to.contain('Skor 3,7 dari 5 (73%)');
    expect(textOf(el)).to.contain('Lulus.');
    expect(focused(el)?.classList.contains('results-title')).to.be.true;
    const done = events.filter((e) => e.type === 'aman-complete');
    expect(done).to.have.length(1);
    expect(done[0].detail).to.include({ packId: 'test-mini', maxScore: 5, passed: true });
    expect(done[0].detail.score).to.be.closeTo(3.667, 0.001);
    expect(done[0].detail.durationMs).to.be.a('number').and.at.least(0);
    expect(done[0].detail.answers.q1).to.deep.equal({ type: 'single', optionId: 'b' });
    await expect(el).to.be.accessible();
  });

  it('asks for an answer instead of checking an empty one', async () => {
    const el = await quiz({ src: mini });
    $<HTMLButtonElement>(el, '[data-action=check]')!.click();
    await el.updateComplete;
    expect(announced(el)).to.equal('Pilih satu jawaban dulu.');
    expect($(el, '[data-action=next]')).to.equal(null);
  });

  it('shows why an option is wrong, and fails below the pass mark; retry starts over', async () => {
    const el = await quiz({ src: mini });
    const events = record(el, 'aman-complete');
    const answerWrong = async () => {
      const first = $$<HTMLInputElement>(el, 'input')[0];
      if (first) first.click();
      for (const s of $$<HTMLSelectElement>(el, 'select')) {
        s.value = s.options[1].value;
        s.dispatchEvent(new Event('change'));
      }
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[data-action=check]')!.click();
      await el.updateComplete;
    };
    await answerWrong();
    expect(textOf(el)).to.contain('Terlalu muda: batasnya 18 tahun.');
    expect(textOf(el)).to.contain('Tepat.'); // the right option's feedback is shown too
    for (let i = 0; i < 4; i++) {
      $<HTMLButtonElement>(el, '[data-action=next]')!.click();
      await el.updateComplete;
      await answerWrong();
    }
    $<HTMLButtonElement>(el, '[data-action=next]')!.click();
    await el.updateComplete;
    expect(textOf(el)).to.contain('Belum lulus.');
    expect(textOf(el)).to.contain('Batas lulus 60%.');
    expect(events[0].detail.passed).to.equal(false);
    $<HTMLButtonElement>(el, '[data-action=retry]')!.click();
    await el.updateComplete;
    expect(textOf(el)).to.contain('Pertanyaan 1 dari 5');
    expect($$<HTMLInputElement>(el, 'input').some((i) => i.checked)).to.be.false;
  });

  it('keeps progress across a reload on this device, and "clear my data" wipes it', async () => {
    let el = await quiz({ src: mini });
    $$<HTMLInputElement>(el, 'input')[1].click();
    $<HTMLButtonElement>(el, '[data-action=check]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[data-action=next]')!.click();
    await el.updateComplete;
    expect(Object.keys(localStorage).filter((k) => k.startsWith('aman:quiz:test-mini'))).to.have.length(1);
    el.remove();

    el = await quiz({ src: mini });
    expect(textOf(el)).to.contain('Pertanyaan 2 dari 5');
    $<HTMLButtonElement>(el, '[data-action=clear]')!.click();
    await el.updateComplete;
    expect(textOf(el)).to.contain('Hapus semua jawaban');
    $<HTMLButtonElement>(el, '[data-action=clear-yes]')!.click();
    await el.updateComplete;
    expect(Object.keys(localStorage).filter((k) => k.startsWith('aman:'))).to.deep.equal([]);
    expect(textOf(el)).to.contain('Pertanyaan 1 dari 5');
    expect(announced(el)).to.contain('sudah dihapus');
  });

  it('works in memory when device storage throws', async () => {
    const restore = breakStorage('setItem');
    try {
      const el = await quiz({ src: mini });
      $$<HTMLInputElement>(el, 'input')[1].click();
      $<HTMLButtonElement>(el, '[data-action=check]')!.click();
      await el.updateComplete;
      expect(announced(el)).to.contain('Jawaban Anda tepat.');
      expect(textOf(el)).to.contain('Penyimpanan perangkat tidak tersedia');
    } finally {
      restore();
    }
  });

  it('names the JSON path of a broken pack, localized, fires aman-error, and recovers with a good pack', async () => {
    const seen = record(document, 'aman-error');
    try {
      const el = await quiz({ src: '/test/fixtures/quiz-invalid.json' });
      const alert = $(el, '[role=alert]')!;
      expect(alert.textContent).to.contain('Paket konten tidak dapat dipakai');
      expect(alert.textContent).to.contain('questions[2].options');
      expect(seen).to.have.length(1);
      expect(seen[0].detail.path).to.equal('questions[2].options');
      expect(seen[0].detail.packId).to.equal('test-invalid');
      el.setAttribute('lang', 'en');
      await waitUntil(() => $(el, '[role=alert]')?.textContent?.includes('This content pack cannot be used'));
      el.setAttribute('src', mini);
      await waitUntil(() => textOf(el).includes('Question 1 of 5'));
      await expect(el).to.be.accessible();
    } finally {
      seen.stop();
    }
  });

  it('says when a pack cannot be loaded or is not JSON, with a retry button', async () => {
    const el = await quiz({ src: '/test/fixtures/nope.json' });
    expect($(el, '[role=alert]')!.textContent).to.contain('/test/fixtures/nope.json');
    expect($(el, '[role=alert] button')!.textContent).to.contain('Coba lagi');
    const bad = await quiz({ src: '/test/helpers.ts' });
    expect($(bad, '[role=alert]')!.textContent).to.match(/JSON/);
    const unknown = await quiz({ pack: 'tidak-ada' });
    expect($(unknown, '[role=alert]')!.textContent).to.contain('tidak-ada');
  });

  it('accepts an inline JSON child and the packData property', async () => {
    const pack = await (await fetch(mini)).json();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const inline = document.createElement('aman-quiz');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ ...pack, title: 'Dari skrip' });
    inline.append(script);
    host.append(inline);
    await waitUntil(() => ready(inline));
    expect(textOf(inline)).to.contain('Dari skrip');
    const el = await fixture<AmanQuiz>(html`<aman-quiz .packData=${{ ...pack, title: 'Dari properti' }}></aman-quiz>`);
    await waitUntil(() => textOf(el).includes('Dari properti'));
    el.packData = { ...pack, passMark: 2 };
    await waitUntil(() => !!$(el, '[role=alert]'));
    expect($(el, '[role=alert]')!.textContent).to.contain('passMark');
  });

  it('never runs pack text as HTML or script (XSS)', async () => {
    (window as any).__xss = 0;
    const el = await quiz({ src: '/test/fixtures/quiz-xss.json' });
    await nextFrame();
    expect((window as any).__xss).to.equal(0);
    expect(textOf(el)).to.contain('<img src=x onerror="window.__xss=1">Judul');
    expect(textOf(el)).to.contain('<script>window.__xss=2</script>');
    expect($$(el, 'img, script, iframe, b')).to.have.length(0);
    const links = $$<HTMLAnchorElement>(el, 'a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:129']);
    expect(textOf(el)).to.contain('klik'); // the javascript: link is kept as plain text
    $$<HTMLInputElement>(el, 'input')[0].click();
    $<HTMLButtonElement>(el, '[data-action=check]')!.click();
    await el.updateComplete;
    expect($$(el, 'a').map((a) => a.getAttribute('href'))).to.not.include.members(['data:text/html,<script>window.__xss=6</script>']);
    expect($(el, 'em')!.textContent).to.equal('tebal');
    expect((window as any).__xss).to.equal(0);
    const badImg = await quiz({ src: '/test/fixtures/quiz-xss-badimg.json' });
    expect($(badImg, '[role=alert]')!.textContent).to.contain('questions[0].image.src');
  });

  it('survives hostile page CSS', async () => {
    hostileCss(`aman-quiz { color: transparent; } button, input, label, li, fieldset { display: none !important; }`);
    const el = await quiz({ src: mini });
    const label = $(el, 'label')!;
    const btn = $<HTMLButtonElement>(el, '[data-action=check]')!;
    expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(16);
    expect(getComputedStyle(btn).display).to.not.equal('none');
    expect(btn.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(label).color).to.not.equal('rgba(0, 0, 0, 0)');
    await expect(el).to.be.accessible();
  });

  it('fits 320 px without horizontal scrolling, and scales up for a projector', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:320px"><aman-quiz src=${mini}></aman-quiz></div>`);
    const el = wrap.querySelector('aman-quiz')!;
    await waitUntil(() => ready(el));
    const base = $(el, '[part~=base]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    const normal = parseFloat(getComputedStyle($(el, 'label')!).fontSize);
    el.setAttribute('scale', 'projector');
    await el.updateComplete;
    expect(parseFloat(getComputedStyle($(el, 'label')!).fontSize)).to.be.at.least(normal * 1.5);
  });

  it('Prev goes back to the earlier question with its answer kept, and forward again to the next one\'s', async () => {
    const el = await quiz({ src: mini });
    const radios = () => $$<HTMLInputElement>(el, 'input[type=radio]');
    radios()[1].click();
    await checkAndNext(el);
    expect(textOf(el)).to.contain('Pertanyaan 2 dari 5');
    $$<HTMLInputElement>(el, 'input[type=checkbox]')[0].click(); // ticked, not checked yet
    await el.updateComplete;
    const prev = $$<HTMLButtonElement>(el, '[part~=button]').find((b) => b.textContent!.trim() === 'Sebelumnya')!;
    prev.focus();
    await press('Enter');
    await el.updateComplete;
    expect(textOf(el)).to.contain('Pertanyaan 1 dari 5');
    expect(focused(el)?.classList.contains('prompt')).to.be.true;
    expect(radios().map((r) => r.checked)).to.deep.equal([false, true, false]);
    expect(textOf(el)).to.contain('Jawaban Anda tepat.'); // its feedback is still there
    expect($$(el, '[part~=button]').some((b) => b.textContent!.trim() === 'Sebelumnya')).to.equal(false); // none before the first
    $<HTMLButtonElement>(el, '[data-action=next]')!.click();
    await el.updateComplete;
    expect(textOf(el)).to.contain('Pertanyaan 2 dari 5');
    expect($$<HTMLInputElement>(el, 'input[type=checkbox]').map((c) => c.checked)).to.deep.equal([true, false, false]);
  });

  it('unticking a checkbox takes it out of the answer: Check judges what is ticked now', async () => {
    const el = await quiz({ src: mini });
    $$<HTMLInputElement>(el, 'input')[1].click();
    await checkAndNext(el);
    const boxes = () => $$<HTMLInputElement>(el, 'input[type=checkbox]');
    // Tick the only wrong one, then untick it: nothing is chosen any more.
    boxes()[2].focus();
    await press('Space');
    await press('Space');
    expect(boxes().map((b) => b.checked)).to.deep.equal([false, false, false]);
    $<HTMLButtonElement>(el, '[data-action=check]')!.click();
    await el.updateComplete;
    expect(announced(el)).to.equal('Pilih setidaknya satu jawaban dulu.');
    // Tick all three, untick the wrong one: right.
    for (const i of [0, 1, 2, 2]) {
      boxes()[i].focus();
      await press('Space');
    }
    expect(boxes().map((b) => b.checked)).to.deep.equal([true, true, false]);
    $<HTMLButtonElement>(el, '[data-action=check]')!.click();
    await el.updateComplete;
    expect(announced(el)).to.contain('Jawaban Anda tepat.');
    expect($$(el, '[part~=option]').map((o) => o.dataset.state)).to.deep.equal(['correct', 'correct', 'neutral']);
  });

  it('a matching choice set back to "Pilih…" is no answer: Check asks for every pair', async () => {
    const el = await quiz({ src: mini });
    for (let i = 0; i < 4; i++) {
      $$<HTMLInputElement>(el, 'input')[0]?.click();
      await checkAndNext(el);
    }
    const selects = $$<HTMLSelectElement>(el, 'select');
    for (const s of selects) {
      s.focus();
      await press('ArrowDown');
    }
    expect(selects.every((s) => s.value !== '')).to.equal(true);
    selects[1].focus();
    await press('ArrowUp');
    await el.updateComplete;
    expect(selects[1].value).to.equal('');
    expect(selects[1].selectedOptions[0]!.textContent).to.equal('Pilih…');
    $<HTMLButtonElement>(el, '[data-action=check]')!.click();
    await el.updateComplete;
    expect(announced(el)).to.equal('Pasangkan semua butir dulu.');
    expect($(el, '[data-action=next]')).to.equal(null);
    // Choosing it again makes the answer complete.
    selects[1].focus();
    await press('ArrowDown');
    $<HTMLButtonElement>(el, '[data-action=check]')!.click();
    await el.updateComplete;
    expect($(el, '[data-action=next]')).to.not.equal(null);
  });

  it('when device storage throws on every read, write and removal: the quiz works, in memory, and says so', async () => {
    const restore = breakStorage('getItem', 'setItem', 'removeItem', 'key', 'clear');
    try {
      let el = await quiz({ src: mini });
      $$<HTMLInputElement>(el, 'input')[1].click();
      await checkAndNext(el);
      expect(textOf(el)).to.contain('Penyimpanan perangkat tidak tersedia');
      el.remove();
      // A new element on the same page finds the progress kept in memory.
      el = await quiz({ src: mini });
      expect(textOf(el)).to.contain('Pertanyaan 2 dari 5');
      $<HTMLButtonElement>(el, '[data-action=clear]')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[data-action=clear-yes]')!.click();
      await el.updateComplete;
      expect(textOf(el)).to.contain('Pertanyaan 1 dari 5');
      expect(announced(el)).to.contain('sudah dihapus');
      el.remove();
      el = await quiz({ src: mini });
      expect(textOf(el)).to.contain('Pertanyaan 1 dari 5');
    } finally {
      restore();
    }
  });

  describe('order of questions and options', () => {
    const shuffled = '/test/fixtures/quiz-shuffle.json';
    const packOrder = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const optionsInPackOrder = (q: string) => [1, 2, 3, 4, 5, 6].map((n) => `Pilihan ${q}${n}`);
    /** Goes through the whole quiz as a learner: each question as shown, with its options as shown. */
    async function walk(attrs: { shuffle?: boolean; seed?: string }) {
      const el = await render<AmanQuiz>(
        html`<aman-quiz src=${shuffled} ?shuffle=${attrs.shuffle} seed=${attrs.seed ?? nothing}></aman-quiz>`,
        ready,
      );
      const seen: { q: string; options: string[] }[] = [];
      while (!$(el, '.results-title')) {
        seen.push({
          q: $(el, '.prompt')!.textContent!.trim().replace('Soal ', ''),
          options: $$(el, 'label').map((l) => l.textContent!.trim()),
        });
        $$<HTMLInputElement>(el, 'input')[0]!.click();
        await checkAndNext(el);
      }
      el.remove();
      clearAmanStorage();
      return seen;
    }

    it('without shuffle: the pack order, for questions and options', async () => {
      const seen = await walk({});
      expect(seen.map((s) => s.q)).to.deep.equal(packOrder);
      for (const s of seen) expect(s.options, s.q).to.deep.equal(optionsInPackOrder(s.q));
    });

    it('with shuffle and a seed: another order than the pack, the same for the same seed, another for another seed', async () => {
      const a = await walk({ shuffle: true, seed: 'kelas-7a' });
      const again = await walk({ shuffle: true, seed: 'kelas-7a' });
      const other = await walk({ shuffle: true, seed: 'kelas-7b' });
      expect(a.map((s) => s.q)).to.not.deep.equal(packOrder);
      expect(a.map((s) => s.q).sort()).to.deep.equal(packOrder); // every question once
      expect(a.filter((s) => s.options.join() !== optionsInPackOrder(s.q).join()).length).to.be.at.least(6);
      for (const s of a) expect([...s.options].sort(), s.q).to.deep.equal(optionsInPackOrder(s.q));
      expect(again).to.deep.equal(a);
      expect(other.map((s) => s.q)).to.not.deep.equal(a.map((s) => s.q));
      expect(other.map((s) => s.options.join())).to.not.deep.equal(a.map((s) => s.options.join()));
    });
  });
});

/** Checks the current answer and moves on (to the next question or the results). */
async function checkAndNext(el: AmanQuiz): Promise<void> {
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[data-action=check]')!.click();
  await el.updateComplete;
  const next = $<HTMLButtonElement>(el, '[data-action=next]');
  expect(next, 'the answer was not accepted').to.not.equal(null);
  next!.click();
  await el.updateComplete;
}
