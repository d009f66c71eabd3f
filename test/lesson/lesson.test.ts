// <aman-lesson> as a class meets it: the lesson plan, content notes that can be skipped, checkpoints answered with
// the quiz's controls, reflections never marked wrong, teacher notes, a place that survives a reload, the end with
// the scores, the handout, read-aloud with an on-device voice only, and the presenter's steps.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/lesson/define.js';
import type { AmanLesson } from '../../src/elements/lesson/lesson.js';
import type { LessonPack, CheckpointQuestion } from '../../src/core/types.js';
import { BUILT_IN_PACKS } from '../../src/generated/kinds.js';
import { $, $$, captureErrors, clearAmanStorage, focused, hostileCss, record, removeHostileCss } from '../helpers.js';

const ready = (el: AmanLesson) => !!el.shadowRoot?.querySelector('.plan-title, .section-title, .warning-title, .end-title, [role=alert]');
const live = (el: AmanLesson) => $(el, '[aria-live]')!.textContent!.trim();
const text = (el: AmanLesson) => (el.shadowRoot!.querySelector('[part~="base"]') as HTMLElement).innerText.replace(/\s+/g, ' ');

async function lesson(tpl: ReturnType<typeof html>): Promise<AmanLesson> {
  const el = await fixture<AmanLesson>(tpl);
  await waitUntil(() => ready(el), 'the lesson did not render', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const click = async (el: AmanLesson, sel: string) => {
  const b = $<HTMLElement>(el, sel);
  if (!b) throw new Error(`no ${sel} in: ${text(el).slice(0, 300)}`);
  b.click();
  await el.updateComplete;
};

/** Answers `q` right through the controls on screen (clicks, selects and the ↑ buttons), then checks it. */
async function answerRight(el: AmanLesson, q: CheckpointQuestion): Promise<void> {
  const box = () => $(el, `[data-question="${q.id}"]`)!;
  const input = (id: string) => box().querySelector<HTMLInputElement>(`#${CSS.escape(id)}`)!;
  if (q.type === 'single' || q.type === 'multiple') {
    const right = q.options.filter((o) => o.correct || q.scored === false).slice(0, q.scored === false ? 1 : undefined);
    for (const o of right) input(`${q.id}-${o.id}`).click();
  } else if (q.type === 'true-false') input(`${q.id}-${q.answer}`).click();
  else if (q.type === 'ordering') {
    for (let target = 0; target < q.items.length; target++) {
      const id = q.items[target]!.id;
      for (let guard = 0; ; guard++) {
        if (guard > 30) throw new Error(`${q.id}: the ↑ button does not move ${id}`);
        const rows = [...box().querySelectorAll<HTMLElement>('[data-item]')].map((r) => r.dataset.item);
        if (rows.indexOf(id) <= target) break;
        box().querySelector<HTMLButtonElement>(`[data-item="${id}"] [data-dir=up]`)!.click();
        await el.updateComplete;
      }
    }
  } else if (q.type === 'matching') {
    for (const p of q.pairs) {
      const s = box().querySelector<HTMLSelectElement>(`#${CSS.escape(`${q.id}-${p.id}`)}`)!;
      s.value = p.id;
      s.dispatchEvent(new Event('change'));
    }
  }
  await el.updateComplete;
  box().querySelector<HTMLButtonElement>('[data-action=check]')!.click();
  await el.updateComplete;
}

async function packOf(id: string, lang: string): Promise<LessonPack> {
  return (await fetch(`/content/lesson/${id}.${lang}.json`)).json();
}

describe('aman-lesson', () => {
  beforeEach(clearAmanStorage);
  afterEach(async () => {
    clearAmanStorage();
    removeHostileCss();
    await setViewport({ width: 800, height: 600 });
  });

  for (const [id, langs] of Object.entries(BUILT_IN_PACKS.lesson)) {
    for (const lang of langs) {
      it(`${id} (${lang}) completes with every checkpoint right, and no text is missing`, async () => {
        const pack = await packOf(id, lang);
        const errors = captureErrors();
        const done = record(document, 'aman-complete');
        try {
          const el = await lesson(html`<aman-lesson pack=${id} lang=${lang}></aman-lesson>`);
          expect(text(el)).to.contain(pack.title);
          await click(el, '[data-action=start]');
          for (const s of pack.sections) {
            if (s.warning) {
              expect($(el, '.warning-title'), `${s.id}: no content note`).to.exist;
              await click(el, '[data-action=continue]');
            }
            expect($(el, '.section-title')!.textContent).to.equal(s.title);
            for (const q of s.checkpoint ?? []) await answerRight(el, q);
            for (const q of (s.checkpoint ?? []).filter((q) => q.scored !== false))
              expect($(el, `[data-question="${q.id}"] [part=feedback]`)!.dataset.state, `${s.id}/${q.id}`).to.equal('correct');
            // No raw i18next key is on screen (a missing string shows as its key).
            expect(text(el)).not.to.match(/\b(nextSection|checkpoint|discuss|teacherNotes|incomplete\.|hint\.)\b/);
            await click(el, '[data-action=next]');
          }
          await waitUntil(() => $(el, '.end-title'), 'no end', { timeout: 8000 });
          const scored = pack.sections.flatMap((s) => s.checkpoint ?? []).filter((q) => q.scored !== false);
          expect(done.length).to.equal(1);
          expect(done[0]!.detail).to.include({ packId: id, score: scored.length, maxScore: scored.length, passed: true });
          expect(Object.keys(done[0]!.detail.answers).length).to.equal(pack.sections.flatMap((s) => s.checkpoint ?? []).length);
          expect(errors.stop()).to.deep.equal([]);
        } finally {
          done.stop();
          errors.stop();
        }
      });
    }
  }

  it('every default lesson exists in id, en and jv, for three age bands with at least two each', async () => {
    const ids = Object.keys(BUILT_IN_PACKS.lesson);
    for (const id of ids) expect([...BUILT_IN_PACKS.lesson[id]!].sort(), id).to.deep.equal(['en', 'id', 'jv']);
    const bands: Record<string, number> = {};
    for (const id of ids) {
      const p = await packOf(id, 'id');
      bands[p.ageBand] = (bands[p.ageBand] ?? 0) + 1;
    }
    expect(bands['6-9']).to.be.at.least(2);
    expect(bands['10-12']).to.be.at.least(2);
    expect(bands['13-17']).to.be.at.least(2);
  });

  it('the plan shows age band, duration, objectives and what to prepare; it passes axe', async () => {
    const el = await lesson(html`<aman-lesson pack="tubuhku-milikku"></aman-lesson>`);
    const pack = await packOf('tubuhku-milikku', 'id');
    expect(text(el)).to.contain('Usia 6–9 tahun');
    expect(text(el)).to.contain(`${pack.durationMinutes} menit`);
    for (const o of pack.objectives ?? []) expect(text(el)).to.contain(o.replace(/\*/g, '').slice(0, 20));
    expect(text(el)).to.contain('Yang perlu disiapkan');
    // This browser has no Indonesian voice on the device: the plan says how to install one (its words load on demand).
    await waitUntil(() => $(el, '.voice-help summary')?.textContent === 'Ingin pelajaran dibacakan?', 'no voice help');
    await expect(el).to.be.accessible();
  });

  it('a content note comes first; "skip" passes the section by, says so, and the end lists it to come back to', async () => {
    const pack = await packOf('tubuhku-milikku', 'id');
    const at = pack.sections.findIndex((s) => s.warning);
    expect(at, 'the lesson needs a section with a content note').to.be.at.least(0);
    const el = await lesson(html`<aman-lesson pack="tubuhku-milikku"></aman-lesson>`);
    el.goToStep(at + 1);
    await el.updateComplete;
    await waitUntil(() => focused(el)?.classList.contains('warning-title'), 'focus is not on the content note');
    expect(text(el)).not.to.contain(pack.sections[at]!.text.replace(/\*/g, '').slice(0, 30));
    await expect(el).to.be.accessible();
    await click(el, '[data-action=skip]');
    await waitUntil(() => live(el).includes('dilewati'), 'the skip was not announced');
    expect(el.currentStep).to.equal(at + 2);
    el.goToStep(el.stepCount - 1);
    await waitUntil(() => text(el).includes('Bagian yang dilewati'), 'the end does not list the skipped part', { timeout: 8000 });
    expect(text(el)).to.contain(pack.sections[at]!.title);
  });

  it('a reflection is never marked: no verdict, no ✓ or ✗, a thank-you, and it does not count', async () => {
    const pack = await packOf('tubuhku-milikku', 'id');
    const si = pack.sections.findIndex((s) => s.checkpoint?.some((q) => q.scored === false));
    expect(si).to.be.at.least(0);
    const q = pack.sections[si]!.checkpoint!.find((q) => q.scored === false)!;
    const el = await lesson(html`<aman-lesson pack="tubuhku-milikku"></aman-lesson>`);
    el.goToStep(si + 1);
    await el.updateComplete;
    if ($(el, '[data-action=continue]')) await click(el, '[data-action=continue]');
    const box = $(el, `[data-question="${q.id}"]`)!;
    box.querySelector<HTMLInputElement>('input')!.click();
    await el.updateComplete;
    box.querySelector<HTMLButtonElement>('[data-action=check]')!.click();
    await el.updateComplete;
    const fb = $(el, `[data-question="${q.id}"] [part=feedback]`)!;
    expect(fb.dataset.state).to.equal('reflection');
    expect(fb.textContent).to.contain('Tidak ada jawaban yang salah');
    expect($(el, `[data-question="${q.id}"]`)!.textContent).not.to.match(/[✓✗]|belum tepat/);
    expect(live(el)).to.contain('Terima kasih');
  });

  it('teacher notes are hidden from learners by default; the toggle and the `teacher` attribute show them', async () => {
    const pack = await packOf('tubuhku-milikku', 'id');
    const si = pack.sections.findIndex((s) => s.teacherNotes && !s.warning);
    const el = await lesson(html`<aman-lesson pack="tubuhku-milikku"></aman-lesson>`);
    el.goToStep(si + 1);
    await el.updateComplete;
    expect($(el, '[part=teacher-notes]')).to.equal(null);
    const toggle = $<HTMLButtonElement>(el, '[data-action=notes]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '[part=teacher-notes]')!.textContent).to.contain(pack.sections[si]!.teacherNotes!.replace(/\*/g, '').slice(0, 25));
    await expect(el).to.be.accessible();
    const t = await lesson(html`<aman-lesson pack="tubuhku-milikku" teacher></aman-lesson>`);
    t.goToStep(si + 1);
    await t.updateComplete;
    expect($(t, '[part=teacher-notes]')).to.exist;
  });

  it('the place and the answers survive a reload; "clear my data" starts afresh at the plan', async () => {
    const pack = await packOf('tubuhku-milikku', 'id');
    const si = pack.sections.findIndex((s) => s.checkpoint?.some((q) => q.scored !== false) && !s.warning);
    const q = pack.sections[si]!.checkpoint!.find((q) => q.scored !== false)!;
    const el = await lesson(html`<aman-lesson pack="tubuhku-milikku"></aman-lesson>`);
    el.goToStep(si + 1);
    await el.updateComplete;
    await answerRight(el, q);
    el.remove();
    const again = await lesson(html`<aman-lesson pack="tubuhku-milikku"></aman-lesson>`);
    expect(again.currentStep).to.equal(si + 1);
    expect($(again, `[data-question="${q.id}"] [part=feedback]`)!.dataset.state).to.equal('correct');
    await click(again, '[data-action=clear]');
    await click(again, '[data-action=clear-yes]');
    await waitUntil(() => $(again, '.plan-title'), 'not back at the plan');
    again.remove();
    const fresh = await lesson(html`<aman-lesson pack="tubuhku-milikku"></aman-lesson>`);
    expect(fresh.currentStep).to.equal(0);
  });

  it('keyboard only: start, answer a checkpoint, check, and move on, with focus where the class looks', async () => {
    const pack: LessonPack = {
      schema: 'aman-pack/1', kind: 'lesson', id: 'papan', lang: 'id', version: '1.0.0', title: 'Papan ketik', ageBand: '6-9',
      sections: [
        { id: 's1', title: 'Satu', text: 'Teks satu.', checkpoint: [{ id: 'c1', type: 'true-false', prompt: 'Langit di atas?', answer: true }] },
        { id: 's2', title: 'Dua', text: 'Teks dua.', warning: 'Bagian ini membahas hal yang sulit.' },
      ],
    } as LessonPack;
    const el = await lesson(html`<aman-lesson .packData=${pack}></aman-lesson>`);
    $<HTMLButtonElement>(el, '[data-action=start]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.classList.contains('section-title'), 'focus did not go to the section title');
    // Tab to the first radio ("Benar"), choose it with Space, Tab to Check, Enter.
    for (let i = 0; i < 10 && focused(el)?.id !== 'c1-true'; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('c1-true');
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 5 && focused(el)?.dataset.action !== 'check'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part=feedback]'), 'no feedback');
    expect(live(el)).to.contain('tepat');
    for (let i = 0; i < 8 && focused(el)?.dataset.action !== 'next'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.classList.contains('warning-title'), 'focus did not go to the content note');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' }); // continue
    await waitUntil(() => focused(el)?.classList.contains('section-title'), 'focus did not go to the section');
    expect(text(el)).to.contain('Teks dua.');
  });

  it('pack text is text: markup and scripts in every field run nothing', async () => {
    const evil = '<img src=x onerror="window.__xss=1"> [x](javascript:window.__xss=2) \u202Eevil';
    const pack = {
      schema: 'aman-pack/1', kind: 'lesson', id: 'jahat', lang: 'id', version: '1.0.0', title: evil, ageBand: '6-9', summary: evil,
      objectives: [evil], prepare: [evil],
      sections: [{ id: 's1', title: evil, text: evil, discussion: evil, teacherNotes: evil, warning: evil, illustration: 'rumah',
        checkpoint: [{ id: 'c1', type: 'single', prompt: evil, explanation: evil, options: [{ id: 'a', text: evil, correct: true, feedback: evil }, { id: 'b', text: evil }] }] }],
    };
    const el = await lesson(html`<aman-lesson teacher .packData=${pack}></aman-lesson>`);
    el.goToStep(1);
    await el.updateComplete;
    await click(el, '[data-action=continue]');
    $<HTMLInputElement>(el, '#c1-a')!.click();
    await el.updateComplete;
    await click(el, '[data-action=check]');
    expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
    expect([...el.shadowRoot!.querySelectorAll('a')].filter((a) => a.href.startsWith('javascript'))).to.deep.equal([]);
    expect(text(el)).to.contain('<img src=x');
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('an illustration not in the set is refused with its path; a shipped one is drawn with its text alternative and no style', async () => {
    const base = { schema: 'aman-pack/1', kind: 'lesson', id: 'gambar', lang: 'id', version: '1.0.0', title: 'Gambar', ageBand: '6-9' };
    const errors = record(document, 'aman-error');
    try {
      await lesson(html`<aman-lesson .packData=${{ ...base, sections: [{ id: 's1', title: 'A', text: 'B', illustration: 'https-evil' }] }}></aman-lesson>`);
      await waitUntil(() => errors.length > 0, 'no error');
      expect(errors[0]!.detail.path).to.equal('sections[0].illustration');
    } finally {
      errors.stop();
    }
    const el = await lesson(html`<aman-lesson .packData=${{ ...base, sections: [{ id: 's1', title: 'A', text: 'B', illustration: 'lingkaran-orang-dewasa' }] }}></aman-lesson>`);
    el.goToStep(1);
    await waitUntil(() => ($(el, 'figure svg')?.children.length ?? 0) > 1 && $(el, 'figure svg')!.getAttribute('aria-label'), 'not drawn');
    expect($(el, 'figure svg')!.getAttribute('role')).to.equal('img');
    expect($(el, 'figure svg')!.getAttribute('aria-label')).to.match(/lingkaran/i);
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
  });

  it('survives hostile page CSS: the section text stays readable', async () => {
    hostileCss();
    const el = await lesson(html`<aman-lesson pack="tubuhku-milikku"></aman-lesson>`);
    el.goToStep(1);
    await el.updateComplete;
    if ($(el, '[data-action=continue]')) await click(el, '[data-action=continue]');
    const title = $(el, '.section-title')!;
    expect(parseFloat(getComputedStyle(title).fontSize)).to.be.at.least(16);
    expect(title.getBoundingClientRect().height).to.be.above(10);
  });

  for (const [w, h, scale] of [[320, 640, ''], [1024, 768, 'projector']] as const) {
    it(`nothing sticks out at ${w}×${h}${scale ? ' on a projector' : ''}, in any section of the longest lesson`, async () => {
      await setViewport({ width: w, height: h });
      const el = await lesson(html`<aman-lesson pack="bahaya-daring-dan-menolong-teman" scale=${scale || 'normal'} teacher></aman-lesson>`);
      for (let i = 0; i < el.stepCount; i++) {
        el.goToStep(i);
        await el.updateComplete;
        if ($(el, '[data-action=continue]')) await click(el, '[data-action=continue]');
        const box = el.getBoundingClientRect();
        for (const n of el.shadowRoot!.querySelectorAll<HTMLElement>('p, h2, h3, button, label, li, svg, select')) {
          const r = n.getBoundingClientRect();
          if (r.width) expect(r.right, `${n.tagName} "${n.textContent?.slice(0, 30)}" in step ${i}`).to.be.at.most(box.right + 1);
        }
      }
    });
  }

  it('prints a handout for pupils without the notes, and a teacher copy with notes and answers, on A4', async () => {
    const pack = await packOf('tubuhku-milikku', 'id');
    const el = await lesson(html`<aman-lesson pack="tubuhku-milikku"></aman-lesson>`);
    const realPrint = window.print;
    const seen: { copy?: string; notes: boolean; key: boolean; sections: number; a4: boolean }[] = [];
    window.print = () => {
      const h = $(el, '.handout')!;
      const sheets = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join(' ');
      seen.push({ copy: h.dataset.copy, notes: !!h.querySelector('.teacher-notes'), key: !!h.querySelector('.key'), sections: h.querySelectorAll('.sheet').length, a4: /size:\s*a4/i.test(sheets) });
      dispatchEvent(new Event('afterprint'));
    };
    try {
      await click(el, '[data-action=print-pupil]');
      await waitUntil(() => seen.length === 1, 'no print');
      await waitUntil(() => $(el, '.plan-title'), 'the screen did not come back after printing');
      await click(el, '[data-action=print-teacher]');
      await waitUntil(() => seen.length === 2, 'no second print');
    } finally {
      window.print = realPrint;
    }
    expect(seen[0]).to.deep.equal({ copy: 'pupil', notes: false, key: false, sections: pack.sections.length, a4: true });
    expect(seen[1]).to.deep.equal({ copy: 'teacher', notes: true, key: true, sections: pack.sections.length, a4: true });
  });

  it('the teacher copy fits the width of an A4 page: nothing sticks out, no button prints', async () => {
    // A4 is 210 mm; less 2 × 14 mm margins that is 182 mm ≈ 688 CSS px.
    await setViewport({ width: 688, height: 1000 });
    const el = await lesson(html`<aman-lesson pack="bahaya-daring-dan-menolong-teman"></aman-lesson>`);
    const realPrint = window.print;
    let checked = false;
    window.print = () => {
      checked = true;
    };
    try {
      await click(el, '[data-action=print-teacher]');
      await waitUntil(() => checked, 'no print');
      await emulateMedia({ media: 'print' });
      await waitUntil(() => ($(el, '.handout figure svg')?.children.length ?? 0) > 1, 'the drawings are not on paper');
      const box = $(el, '.handout')!.getBoundingClientRect();
      expect(box.width).to.be.at.most(688);
      for (const n of $$(el, '.handout *')) {
        const r = n.getBoundingClientRect();
        if (r.width) expect(r.right, `${n.tagName} "${n.textContent?.slice(0, 30)}"`).to.be.at.most(box.right + 1);
      }
      expect($$(el, 'button').filter((b) => b.checkVisibility())).to.deep.equal([]);
    } finally {
      window.print = realPrint;
      dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
    }
  });

  describe('read-aloud with a fake speech engine', () => {
    let spoken: { text: string; lang: string }[] = [];
    const install = (voices: Partial<SpeechSynthesisVoice>[]) => {
      spoken = [];
      const fake = {
        getVoices: () => voices,
        speak: (u: SpeechSynthesisUtterance) => {
          spoken.push({ text: u.text, lang: u.lang });
          setTimeout(() => u.onend?.(new Event('end') as SpeechSynthesisEvent), 0);
        },
        cancel: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
      };
      Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    };
    const real = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    afterEach(() => {
      if (real) Object.defineProperty(window, 'speechSynthesis', real);
    });

    it('reads the section sentence by sentence with the on-device Indonesian voice', async () => {
      install([{ name: 'Online', lang: 'id-ID', localService: false }, { name: 'Lokal', lang: 'id_ID', localService: true }]);
      const pack = await packOf('tubuhku-milikku', 'id');
      const si = pack.sections.findIndex((s) => !s.warning);
      const el = await lesson(html`<aman-lesson pack="tubuhku-milikku"></aman-lesson>`);
      el.goToStep(si + 1);
      await el.updateComplete;
      await click(el, '[data-action=read]');
      await waitUntil(() => spoken.length > 2 && $(el, '[data-action=read]')!.getAttribute('aria-pressed') === 'false', 'did not read to the end', { timeout: 5000 });
      expect(spoken[0]!.text).to.equal(pack.sections[si]!.title);
      expect(spoken.every((s) => s.lang === 'id-ID')).to.equal(true);
      expect(spoken.every((s) => s.text.length < 400)).to.equal(true);
    });

    it('with only an online voice there is no read-aloud button, and nothing is spoken', async () => {
      install([{ name: 'Online', lang: 'id-ID', localService: false }]);
      const el = await lesson(html`<aman-lesson pack="tubuhku-milikku"></aman-lesson>`);
      el.goToStep(1);
      await el.updateComplete;
      expect($(el, '[data-action=read]')).to.equal(null);
      expect(text(el)).to.contain('Bagian 1 dari');
      expect(spoken).to.deep.equal([]);
    });

    it('a Javanese lesson has no read-aloud button even where an Indonesian voice exists', async () => {
      install([{ name: 'Lokal', lang: 'id-ID', localService: true }]);
      const jv = await lesson(html`<aman-lesson pack="tubuhku-milikku" lang="jv"></aman-lesson>`);
      jv.goToStep(1);
      await jv.updateComplete;
      expect($(jv, '[data-action=read]')).to.equal(null);
      expect(spoken).to.deep.equal([]);
    });
  });

  it('speaks the presenter protocol: steps are the plan, each section and the end, with aman-step on every change', async () => {
    const pack = await packOf('tubuhku-milikku', 'id');
    const steps = record(document, 'aman-step');
    try {
      const el = await lesson(html`<aman-lesson pack="tubuhku-milikku"></aman-lesson>`);
      expect(el.stepCount).to.equal(pack.sections.length + 2);
      expect(el.currentStep).to.equal(0);
      expect(el.nextStep()).to.equal(true);
      await el.updateComplete;
      expect(el.currentStep).to.equal(1);
      expect(el.stepTitle(1)).to.equal(pack.sections[0]!.title);
      expect(el.stepNotes(1)).to.equal(pack.sections[0]!.teacherNotes?.replace(/\*/g, '') ?? undefined);
      expect(el.prevStep()).to.equal(true);
      expect(el.prevStep()).to.equal(false);
      el.goToStep(99);
      expect(el.currentStep).to.equal(el.stepCount - 1);
      expect(el.nextStep()).to.equal(false);
      await el.updateComplete;
      expect(steps.map((e) => e.detail.step)).to.include.members([0, 1, el.stepCount - 1]);
      await waitUntil(() => $$(el, '.end-title').length === 1, 'no end screen', { timeout: 8000 });
    } finally {
      steps.stop();
    }
  });
});
