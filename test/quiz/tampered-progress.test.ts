// SECURITY-2026-11 finding 6 (issue 16 item 7): progress stored on the device is untrusted. A copy that claims to be
// past the last question without having finished used to throw on every load, leaving a blank quiz with no
// "clear my data"; it is refused and the quiz starts afresh, footer included.
import { expect, html } from '@open-wc/testing';
import '../../src/elements/quiz/define.js';
import type { AmanQuiz } from '../../src/elements/quiz/quiz.js';
import { $, $$, clearAmanStorage, render, textOf } from '../helpers.js';

const ready = (el: AmanQuiz) => !!$(el, '.prompt, .results-title, [role="alert"]');
const quiz = () => render<AmanQuiz>(html`<aman-quiz src="/test/fixtures/quiz-mini.json" lang="id"></aman-quiz>`, ready);

describe('aman-quiz with tampered progress', () => {
  beforeEach(clearAmanStorage);
  afterEach(clearAmanStorage);

  it('refuses "on the results but not finished" and still draws the footer', async () => {
    let el = await quiz();
    $$<HTMLInputElement>(el, 'input')[1].click();
    $<HTMLButtonElement>(el, '[data-action=check]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[data-action=next]')!.click();
    await el.updateComplete;
    el.remove();
    const key = Object.keys(localStorage).find((k) => k.startsWith('aman:quiz:test-mini'))!;
    const saved = JSON.parse(localStorage.getItem(key)!);
    saved.index = saved.order.length;
    delete saved.finishedAt;
    localStorage.setItem(key, JSON.stringify(saved));

    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      el = await quiz();
      await el.updateComplete;
      expect(textOf(el)).to.contain('Pertanyaan 1 dari 5');
      expect($(el, '[data-action=clear]'), 'the "clear my data" footer').to.exist;
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});
