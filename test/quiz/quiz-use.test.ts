// What a parent on a 320–360 px phone and a teacher on a 1024×768 projector met in the quiz (issue 10, items 5–10
// and 14; issue 16, item 8 and the option cards), measured the way they see it: boxes on the screen, words shown.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/elements/quiz/define.js';
import type { AmanQuiz } from '../../src/elements/quiz/quiz.js';
import { $, $$, clearAmanStorage, focused, settled, textOf } from '../helpers.js';

const mini = '/test/fixtures/quiz-mini.json';
const PACKS = ['kenali-dan-laporkan', 'alur-rujukan-petugas'];
const LANGS = ['id', 'en', 'jv'];

async function quiz(attrs: { src?: string; lang?: string; scale?: string } = {}): Promise<AmanQuiz> {
  const el = await fixture<AmanQuiz>(
    html`<aman-quiz src=${attrs.src ?? mini} lang=${attrs.lang ?? 'id'} scale=${attrs.scale ?? ''}></aman-quiz>`,
  );
  await waitUntil(() => settled(el) && !!$(el, '.prompt, .results-title'), 'the quiz did not render', { timeout: 8000 });
  return el;
}

/** Answers the question shown: the first option (or the longest choice of every matching select). */
async function answer(el: AmanQuiz): Promise<void> {
  $$<HTMLInputElement>(el, 'input')[0]?.click();
  for (const s of $$<HTMLSelectElement>(el, 'select')) {
    const longest = [...s.options].slice(1).sort((a, b) => b.text.length - a.text.length)[0]!;
    s.value = longest.value;
    s.dispatchEvent(new Event('change'));
  }
  await el.updateComplete;
}

async function check(el: AmanQuiz): Promise<void> {
  $<HTMLButtonElement>(el, '[data-action=check]')!.click();
  await el.updateComplete;
}

async function next(el: AmanQuiz): Promise<void> {
  $<HTMLButtonElement>(el, '[data-action=next]')!.click();
  await el.updateComplete;
}

/** Every element inside an option card that sticks out of it (left or right), as text for the failure message. */
function overflowing(el: AmanQuiz): string[] {
  const out: string[] = [];
  for (const card of $$(el, '[part~=option], [part~=feedback]')) {
    const box = card.getBoundingClientRect();
    for (const child of card.querySelectorAll<HTMLElement>('*')) {
      const r = child.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.right > box.right + 0.5 || r.left < box.left - 0.5)
        out.push(`${child.localName}.${child.className} "${child.textContent!.trim().slice(0, 30)}" ${Math.round(r.right - box.right)} px out`);
    }
  }
  const base = $(el, '[part~=base]')!;
  if (base.scrollWidth > base.clientWidth + 1) out.push(`base scrolls: ${base.scrollWidth} > ${base.clientWidth}`);
  return out;
}

describe('aman-quiz where people use it', () => {
  beforeEach(clearAmanStorage);
  afterEach(async () => {
    clearAmanStorage();
    await setViewport({ width: 800, height: 600 });
  });

  describe('on a 320 px phone', () => {
    for (const lang of ['id', 'jv']) {
      it(`no part of any question sticks out of its card, before and after checking (${lang}, every type)`, async function () {
        this.timeout(60000);
        await setViewport({ width: 320, height: 640 });
        const el = await quiz({ src: `/content/quiz/kenali-dan-laporkan.${lang}.json`, lang });
        const problems: string[] = [];
        const types = new Set<string>();
        while ($(el, '.prompt')) {
          const id = $(el, '.prompt')!.id;
          if ($(el, 'select')) types.add('matching');
          else if ($(el, '[data-item]')) types.add('ordering');
          else types.add($<HTMLInputElement>(el, 'input')!.type);
          problems.push(...overflowing(el).map((p) => `${id} before: ${p}`));
          await answer(el);
          await check(el);
          problems.push(...overflowing(el).map((p) => `${id} after: ${p}`));
          await next(el);
        }
        expect([...types].sort()).to.deep.equal(['checkbox', 'matching', 'ordering', 'radio']);
        expect(problems).to.deep.equal([]);
        expect(overflowing(el)).to.deep.equal([]); // the results
      });
    }

    it('the ordering ↑/↓ buttons are at least 44 px wide, and the one that cannot move looks disabled', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await quiz();
      for (let i = 0; i < 3; i++) {
        await answer(el);
        await check(el);
        await next(el);
      }
      const buttons = $$<HTMLButtonElement>(el, '.order-buttons button');
      expect(buttons.length).to.equal(6);
      for (const b of buttons) expect(b.getBoundingClientRect().width).to.be.at.least(44);
      const top = $(el, '[data-item] [data-dir=up]')!;
      expect(top.getAttribute('aria-disabled')).to.equal('true');
      expect(Number(getComputedStyle(top).opacity)).to.be.below(0.6);
      expect(Number(getComputedStyle($$(el, '[data-item] [data-dir=up]')[1]!).opacity)).to.equal(1);
    });

    it('a tap anywhere on an option card picks it, not only on its text line', async () => {
      await setViewport({ width: 360, height: 740 });
      const el = await quiz();
      const cards = $$(el, '[part~=option]');
      for (const [n, dy] of [
        [1, 4],
        [2, -4],
      ] as const) {
        const r = cards[n]!.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(r.right - 8), Math.round(dy > 0 ? r.top + dy : r.bottom + dy)] });
        await el.updateComplete;
        expect($$<HTMLInputElement>(el, 'input')[n]!.checked, `card ${n}`).to.equal(true);
      }
    });
  });

  describe('on a 1024×768 projector', () => {
    for (const pack of PACKS)
      for (const lang of LANGS)
        it(`every question of ${pack}.${lang} fits the screen with its check button, and then its feedback with Next`, async function () {
          this.timeout(60000);
          await setViewport({ width: 1024, height: 768 });
          const el = await quiz({ src: `/content/quiz/${pack}.${lang}.json`, lang, scale: 'projector' });
          const problems: string[] = [];
          while ($(el, '.prompt')) {
            const id = $(el, '.prompt')!.id;
            const top = el.getBoundingClientRect().top;
            const question = $(el, '[data-action=check]')!.getBoundingClientRect().bottom - top;
            if (question > 768) problems.push(`${id}: question ${Math.round(question)} px`);
            await answer(el);
            await check(el);
            const feedback =
              $(el, '[data-action=next]')!.getBoundingClientRect().bottom - $(el, '[part~=feedback]')!.getBoundingClientRect().top;
            if (feedback > 768) problems.push(`${id}: feedback ${Math.round(feedback)} px`);
            await next(el);
          }
          expect(problems).to.deep.equal([]);
        });

    it('radios and checkboxes grow with the text; "clear my data" is not projected large', async () => {
      await setViewport({ width: 1024, height: 768 });
      const el = await quiz({ scale: 'projector' });
      const text = parseFloat(getComputedStyle($(el, '.choice label span')!).fontSize);
      expect(text).to.be.at.least(24);
      expect($(el, 'input[type=radio]')!.getBoundingClientRect().width).to.be.at.least(text * 0.9);
      await answer(el);
      await check(el);
      await next(el);
      expect($(el, 'input[type=checkbox]')!.getBoundingClientRect().width).to.be.at.least(text * 0.9);
      expect(parseFloat(getComputedStyle($(el, '[data-action=clear]')!).fontSize)).to.be.at.most(18);
    });
  });

  it('the tab order goes from "Periksa jawaban" to "Sebelumnya", as a learner moves on', async () => {
    const el = await quiz();
    await answer(el);
    await check(el);
    await next(el);
    $<HTMLButtonElement>(el, '[data-action=check]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent!.trim()).to.equal('Sebelumnya');
  });

  it('switching language keeps the class’s place when the packs share question ids', async () => {
    const el = await quiz({ src: '', lang: 'id' });
    for (let i = 0; i < 3; i++) {
      await answer(el);
      await check(el);
      await next(el);
    }
    expect(textOf(el)).to.contain('Pertanyaan 4 dari 24');
    el.setAttribute('lang', 'en');
    await waitUntil(() => /Question \d+ of 24/.test(textOf(el)), 'no English quiz', { timeout: 8000 });
    expect(textOf(el)).to.contain('Question 4 of 24');
    await answer(el);
    await check(el);
    await next(el);
    el.setAttribute('lang', 'id');
    await waitUntil(() => /Pertanyaan \d+ dari 24/.test(textOf(el)), 'no Indonesian quiz', { timeout: 8000 });
    expect(textOf(el)).to.contain('Pertanyaan 5 dari 24');
  });

  describe('the words of the verdict', () => {
    const OPTION_WORDS: Record<string, RegExp> = { id: /\b(benar|salah)\b/i, en: /\b(true|false)\b/i, jv: /\b(leres|lepat)\b/i };
    for (const lang of LANGS)
      it(`cannot be read as a true/false option, come once, and say how "your answer" fared (${lang})`, async () => {
        const el = await quiz({ lang });
        for (let i = 0; i < 2; i++) {
          await answer(el);
          await check(el);
          await next(el);
        }
        // q3, true/false, answered rightly with the second option ("Salah"/"False"/"Lepat").
        $$<HTMLInputElement>(el, 'input')[1]!.click();
        await check(el);
        const verdicts = $$(el, '[part~=feedback] strong');
        expect(verdicts).to.have.length(1);
        expect(verdicts[0]!.textContent).to.not.match(OPTION_WORDS[lang]!);
        for (const m of $$(el, '.mark')) expect(m.textContent, 'a mark beside an option').to.not.match(OPTION_WORDS[lang]!);
        const right = verdicts[0]!.textContent!;
        await next(el);
        await answer(el);
        await check(el);
        await next(el);
        await answer(el);
        await check(el);
        await next(el);
        // Results: each line says how the answer fared, never "true"/"false" after a statement.
        const marks = $$(el, '.review .mark').map((m) => m.textContent!);
        expect(marks).to.have.length(5);
        for (const m of marks) expect(m).to.match(/^.\u00a0(jawaban Anda|your answer|wangsulan panjenengan) /);
        expect(right).to.equal({ id: 'Jawaban Anda tepat.', en: 'Your answer is right.', jv: 'Wangsulan panjenengan trep.' }[lang]);
      });
  });

  describe('the results', () => {
    async function finish(lang: string): Promise<AmanQuiz> {
      const el = await quiz({ lang });
      while ($(el, '.prompt')) {
        await answer(el);
        await check(el);
        await next(el);
      }
      return el;
    }

    it('write decimals as the language does, call a partly right answer so, and keep the heading at least as large', async () => {
      const id = await finish('id');
      // q2 is answered with one of its two right options (½), so the score has a decimal.
      expect($(id, '.score')!.textContent).to.match(/Skor \d+,\d dari 5/);
      expect(textOf(id)).to.contain('jawaban Anda sebagian benar');
      const h = parseFloat(getComputedStyle($(id, '.results-title')!).fontSize);
      expect(h).to.be.at.least(parseFloat(getComputedStyle($(id, '.score')!).fontSize));
      clearAmanStorage();
      const en = await finish('en');
      expect($(en, '.score')!.textContent).to.match(/Score \d+\.\d of 5/);
    });

    it('never wraps a mark’s sign apart from its word', async () => {
      const el = await finish('id');
      const apart: string[] = [];
      for (let w = 260; w <= 480; w += 3) {
        el.style.width = `${w}px`;
        for (const m of $$(el, '.review .mark')) {
          // The first visible character (the sign) and the first letter of its word.
          const walker = document.createTreeWalker(m, NodeFilter.SHOW_TEXT);
          const chars: { node: Text; at: number }[] = [];
          for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null)
            [...n.data].forEach((c, at) => /\S/.test(c.replace('\u00a0', ' ')) && chars.push({ node: n!, at }));
          const top = ({ node, at }: { node: Text; at: number }) => {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            return range.getBoundingClientRect().top;
          };
          if (Math.abs(top(chars[0]!) - top(chars[1]!)) > 2) apart.push(`${w}px: ${m.textContent}`);
        }
      }
      expect(apart).to.deep.equal([]);
    });
  });

  describe('after checking', () => {
    it('the learner’s answers keep full contrast and cannot be changed; a missed right option looks unlike a chosen one', async () => {
      const el = await quiz();
      await answer(el);
      await check(el);
      await next(el);
      $$<HTMLInputElement>(el, 'input')[0]!.click(); // q2: a (right) chosen, b (right) missed
      await check(el);
      const boxes = $$<HTMLInputElement>(el, 'input');
      for (const b of boxes) {
        expect(b.disabled, 'a disabled control goes pale').to.equal(false);
        expect(b.getAttribute('aria-disabled')).to.equal('true');
        expect(getComputedStyle(b).opacity).to.equal('1');
      }
      boxes[1]!.click();
      boxes[0]!.click();
      await el.updateComplete;
      expect(boxes.map((b) => b.checked)).to.deep.equal([true, false, false]);
      const [chosen, missed] = $$(el, '[part~=option]').map((o) => getComputedStyle(o));
      expect(chosen!.borderTopStyle === missed!.borderTopStyle && chosen!.backgroundColor === missed!.backgroundColor).to.equal(false);
      // q5 matching: the chosen pairs are text at the text's colour, not pale disabled selects.
      for (let i = 0; i < 3; i++) {
        await next(el);
        await answer(el);
        await check(el);
      }
      expect($(el, '.prompt')!.id).to.equal('prompt-q5');
      expect($$(el, 'select:disabled')).to.have.length(0);
      const choice = $(el, '.match-choice')!;
      expect(getComputedStyle(choice).color).to.equal(getComputedStyle($(el, '.prompt')!).color);
    });
  });

  describe('images of a pack (issue 16)', () => {
    async function withImage(src: string, external = false): Promise<AmanQuiz> {
      const pack = await (await fetch(mini)).json();
      pack.questions[0].image = { src, alt: 'Gambar anak dan orang tua' };
      const el = await fixture<AmanQuiz>(html`<aman-quiz ?external-images=${external} .packData=${pack}></aman-quiz>`);
      await waitUntil(() => !!$(el, '.prompt'), 'the quiz did not render', { timeout: 5000 });
      return el;
    }

    it('shows same-origin images, never with a referrer', async () => {
      const el = await withImage('/test/fixtures/tidak-ada.png');
      expect($(el, 'img')!.getAttribute('referrerpolicy')).to.equal('no-referrer');
    });

    it('refuses external images unless the page opts in, and keeps their words', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await withImage('https://tracker.example/pixel.png');
        expect($(el, 'img')).to.equal(null);
        expect(textOf(el)).to.contain('Gambar anak dan orang tua');
        const ok = await withImage('https://tracker.example/pixel.png', true);
        expect($(ok, 'img')!.getAttribute('referrerpolicy')).to.equal('no-referrer');
      } finally {
        console.warn = warn;
      }
    });
  });
});
