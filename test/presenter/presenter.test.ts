// <aman-presenter> as a village facilitator uses it: clicker keys, a blank screen, a break with who to talk to, a
// show of hands with a chart, and the notes window kept in step over a same-origin channel.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/presenter/define.js';
import '../../src/elements/quiz/define.js';
import '../../src/elements/lesson/define.js';
import type { AmanPresenter } from '../../src/elements/presenter/presenter.js';
import type { AmanQuiz } from '../../src/elements/quiz/quiz.js';
import type { AmanLesson } from '../../src/elements/lesson/lesson.js';
import { $, $$, clearAmanStorage, record } from '../helpers.js';

const live = (el: AmanPresenter) => $(el, '[aria-live]')!.textContent!.trim();

async function present(child: ReturnType<typeof html>): Promise<AmanPresenter> {
  const el = await fixture<AmanPresenter>(html`<aman-presenter>${child}</aman-presenter>`);
  await waitUntil(() => el.child && el.child.stepCount > 1 && $(el, '[data-action=next]'), 'not presenting', { timeout: 8000 });
  await el.updateComplete;
  document.body.focus();
  return el;
}

describe('aman-presenter', () => {
  beforeEach(clearAmanStorage);
  afterEach(async () => {
    clearAmanStorage();
    await setViewport({ width: 800, height: 600 });
  });

  it('a quiz runs end to end with the clicker keys, and the quiz takes the projector scale', async () => {
    const done = record(document, 'aman-complete');
    try {
      const el = await present(html`<aman-quiz src="/test/fixtures/quiz-mini.json"></aman-quiz>`);
      const quiz = el.querySelector<AmanQuiz>('aman-quiz')!;
      expect(quiz.getAttribute('scale')).to.equal('projector');
      expect($(el, '.pos')!.textContent).to.equal(`1 / ${quiz.stepCount}`);
      await sendKeys({ press: 'PageDown' });
      expect(quiz.currentStep).to.equal(1);
      await sendKeys({ press: 'ArrowRight' });
      expect(quiz.currentStep).to.equal(2);
      await sendKeys({ press: 'PageUp' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(quiz.currentStep).to.equal(0);
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => live(el).includes('pertama'), 'the first step was not said');
      for (let i = 0; i < quiz.stepCount - 1; i++) await sendKeys({ press: 'PageDown' });
      await quiz.updateComplete;
      expect(quiz.shadowRoot!.querySelector('.results-title')).to.exist;
      expect(done.length).to.equal(1);
      await sendKeys({ press: 'PageDown' });
      await waitUntil(() => live(el).includes('terakhir'), 'the last step was not said');
      await el.updateComplete;
      expect($(el, '.pos')!.textContent).to.equal(`${quiz.stepCount} / ${quiz.stepCount}`);
    } finally {
      done.stop();
    }
  });

  it('a lesson runs end to end with PageDown, content notes included', async () => {
    const done = record(document, 'aman-complete');
    try {
      const el = await present(html`<aman-lesson pack="tubuhku-milikku"></aman-lesson>`);
      const lesson = el.querySelector<AmanLesson>('aman-lesson')!;
      await waitUntil(() => lesson.shadowRoot!.querySelector('.plan-title'), 'the lesson did not load', { timeout: 8000 });
      expect(lesson.getAttribute('scale')).to.equal('projector');
      for (let i = 0; i < lesson.stepCount - 1; i++) {
        document.body.focus();
        await sendKeys({ press: 'PageDown' });
      }
      await lesson.updateComplete;
      // The end screen is a lazy chunk of the lesson: it comes a moment later on a cold page.
      await waitUntil(() => lesson.shadowRoot!.querySelector('.end-title'), 'the lesson did not reach its end', { timeout: 8000 });
      expect(done.length).to.equal(1);
    } finally {
      done.stop();
    }
  });

  it('B or . blanks the screen (the content is inert and hidden), again or Esc brings it back; axe passes', async () => {
    const el = await present(html`<aman-quiz src="/test/fixtures/quiz-mini.json"></aman-quiz>`);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'b' });
    await el.updateComplete;
    expect($(el, '.blackout')).to.exist;
    expect($(el, '.stage')!.hasAttribute('inert')).to.equal(true);
    expect($(el, '[data-action=blackout]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(live(el)).to.contain('digelapkan');
    await sendKeys({ press: '.' });
    await el.updateComplete;
    expect($(el, '.blackout')).to.equal(null);
    await sendKeys({ press: 'B' });
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '.blackout')).to.equal(null);
  });

  it('keys typed into a field or pressed on a button are theirs, not the presenter\'s', async () => {
    const el = await present(html`<aman-quiz src="/test/fixtures/quiz-mini.json"></aman-quiz>`);
    const quiz = el.querySelector<AmanQuiz>('aman-quiz')!;
    // A radio of the quiz: the arrows move the choice, not the step.
    quiz.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(quiz.currentStep).to.equal(0);
    // PageDown from the radio still moves on (clickers send PageDown).
    await sendKeys({ press: 'PageDown' });
    expect(quiz.currentStep).to.equal(1);
  });

  it('a show of hands: − / + and typing count per answer, a wrong entry is named beside its field and kept, the chart and table show the numbers, and the counts export', async () => {
    const el = await present(html`<aman-quiz src="/test/fixtures/quiz-mini.json"></aman-quiz>`);
    const quiz = el.querySelector<AmanQuiz>('aman-quiz')!;
    const choices = quiz.stepChoices(0)!;
    expect(choices.length).to.be.at.least(2);
    $<HTMLButtonElement>(el, '[data-action=tally]')!.click();
    await el.updateComplete;
    const plus = $$<HTMLButtonElement>(el, '.count-row button').filter((b) => b.textContent!.trim() === '+');
    plus[0]!.click();
    plus[0]!.click();
    await el.updateComplete;
    expect(live(el)).to.contain(`${choices[0]}: 2`);
    const field = $<HTMLInputElement>(el, '#count-1')!;
    field.focus();
    field.value = '';
    await sendKeys({ type: '7' });
    await el.updateComplete;
    expect(quiz.currentStep, 'typing 7 must not move the quiz').to.equal(0);
    expect([...$$(el, 'table td')].map((td) => td.textContent)).to.include.members(['2', '7']);
    expect([...$$(el, 'svg.bars text')].map((n) => n.textContent)).to.include.members(['2', '7']);
    field.value = '';
    await sendKeys({ type: '-3' });
    await el.updateComplete;
    expect(field.value).to.equal('-3');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#count-1-err')!.textContent).to.contain(choices[1]!);
    await expect(el).to.be.accessible();
    // The counts stay with their question when the presenter moves on and back.
    document.body.focus();
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#count-0')!.value).to.equal('2');
    // Export: a file made on the device with the step, the answer and the count.
    const made: Blob[] = [];
    const real = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => (made.push(b as Blob), 'blob:x');
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => {};
    try {
      $<HTMLButtonElement>(el, '[data-action=export-csv]')!.click();
    } finally {
      URL.createObjectURL = real;
      HTMLAnchorElement.prototype.click = click;
    }
    const text = await made[0]!.text();
    expect(text).to.contain('"step","title","answer","count"');
    expect(text).to.contain(`"${choices[0]}","2"`);
  });

  it('a break shows who to talk to, with the focus on its heading; Esc ends it', async () => {
    const el = await present(html`<aman-quiz src="/test/fixtures/quiz-mini.json"></aman-quiz>`);
    $<HTMLButtonElement>(el, '[data-action=break]')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'break-title', 'focus is not on the break');
    await waitUntil(() => $(el, 'aman-help-card')?.shadowRoot?.textContent?.includes('129'), 'no contacts on the break', { timeout: 8000 });
    expect($(el, '.stage')!.hasAttribute('inert')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '.break')).to.equal(null);
  });

  it('the notes window stays in step: hello gets the state, its keys drive the presentation, and a reloaded presenter says where it is', async () => {
    const channel = new BroadcastChannel('aman-presenter');
    const got: { type: string; step?: number; title?: string; notes?: string; next?: string; blackout?: boolean }[] = [];
    channel.onmessage = (e) => got.push(e.data);
    try {
      const el = await present(html`<aman-quiz src="/test/fixtures/quiz-mini.json"></aman-quiz>`);
      const quiz = el.querySelector<AmanQuiz>('aman-quiz')!;
      got.length = 0;
      channel.postMessage({ type: 'hello' });
      await waitUntil(() => got.some((m) => m.type === 'state'), 'no state after hello');
      const s = got.find((m) => m.type === 'state')!;
      expect(s).to.include({ step: 0, title: quiz.stepTitle(0), next: quiz.stepTitle(1) });
      channel.postMessage({ type: 'key', action: 'next' });
      await waitUntil(() => quiz.currentStep === 1, 'the notes window did not move the presentation');
      await waitUntil(() => got.some((m) => m.type === 'state' && m.step === 1), 'no state after the move');
      channel.postMessage({ type: 'key', action: 'blackout' });
      await waitUntil(() => got.some((m) => m.type === 'state' && m.blackout), 'no blackout state');
      // The projector window reloads: the new presenter says where it is as soon as its quiz is ready.
      el.remove();
      got.length = 0;
      await present(html`<aman-quiz src="/test/fixtures/quiz-mini.json"></aman-quiz>`);
      await waitUntil(() => got.some((m) => m.type === 'state'), 'a reloaded presenter said nothing');
    } finally {
      channel.close();
    }
  });

  it('when the browser blocks the notes window, a visible link opens it instead', async () => {
    const el = await present(html`<aman-quiz src="/test/fixtures/quiz-mini.json"></aman-quiz>`);
    const open = window.open;
    window.open = () => null;
    try {
      await sendKeys({ press: 's' });
      await el.updateComplete;
    } finally {
      window.open = open;
    }
    const link = $<HTMLAnchorElement>(el, 'a.notes-link')!;
    expect(link.href).to.match(/presenter-notes\.html$/);
    expect(live(el)).to.contain('Buka catatan fasilitator');
  });

  for (const [w, h] of [
    [1024, 768],
    [1280, 720],
  ] as const) {
    it(`every step of the default quiz fits a ${w}×${h} projector without scrolling`, async () => {
      await setViewport({ width: w, height: h });
      const el = await present(html`<aman-quiz></aman-quiz>`);
      const quiz = el.querySelector<AmanQuiz>('aman-quiz')!;
      for (let i = 0; i < quiz.stepCount; i++) {
        quiz.goToStep(i);
        await quiz.updateComplete;
        await el.updateComplete;
        // What the room must see — the question with its options and the check button, or the score — ends above
        // the presenter's bar, which stays at the bottom of the screen; the device's own footer may lie below.
        const body = quiz.shadowRoot!.querySelector('[part~="body"]')!.getBoundingClientRect();
        const bar = $(el, '.controls')!.getBoundingClientRect();
        expect(el.scrollWidth, `step ${i} is too wide`).to.be.at.most(w);
        expect(body.bottom, `step ${i}: the question runs under the bar`).to.be.at.most(Math.min(bar.top, h) + 1);
        expect(bar.bottom, `step ${i}: the bar is off the screen`).to.be.at.most(h + 1);
      }
    });
  }

  for (const [w, h] of [
    [1024, 768],
    [1280, 720],
  ] as const) {
    it(`every step of the default lessons fits a ${w}×${h} projector: a section's text, then each question on its own`, async () => {
      await setViewport({ width: w, height: h });
      for (const pack of ['tubuhku-milikku', 'bahaya-daring-dan-menolong-teman', 'persetujuan-dan-batas']) {
        const el = await present(html`<aman-lesson pack=${pack}></aman-lesson>`);
        const lesson = el.querySelector<AmanLesson>('aman-lesson')!;
        await waitUntil(() => lesson.shadowRoot!.querySelector('.plan-title'), 'the lesson did not load', { timeout: 8000 });
        for (let i = 1; i < lesson.stepCount; i++) {
          lesson.goToStep(i);
          await lesson.updateComplete;
          await el.updateComplete;
          await waitUntil(() => !lesson.shadowRoot!.querySelector('figure svg') || lesson.shadowRoot!.querySelector('figure svg path'), 'no drawing');
          const body = lesson.shadowRoot!.querySelector('[part~="body"]')!.getBoundingClientRect();
          const bar = $(el, '.controls')!.getBoundingClientRect();
          expect(el.scrollWidth, `${pack} step ${i} is too wide`).to.be.at.most(w);
          expect(body.bottom, `${pack} step ${i} (${lesson.stepTitle(i).slice(0, 40)}) runs under the bar`).to.be.at.most(Math.min(bar.top, h) + 1);
        }
        el.remove();
      }
    });
  }
});
