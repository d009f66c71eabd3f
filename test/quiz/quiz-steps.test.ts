// The presenter's step protocol on the quiz: a step per question, then the results; aman-step on every change.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/quiz/define.js';
import type { AmanQuiz } from '../../src/elements/quiz/quiz.js';
import { $, clearAmanStorage, record, settled } from '../helpers.js';

describe('aman-quiz as presenter steps', () => {
  beforeEach(clearAmanStorage);
  afterEach(clearAmanStorage);

  it('moves question by question to the results and back, says so with aman-step, and gives the facilitator the explanation', async () => {
    const pack = await (await fetch('/test/fixtures/quiz-mini.json')).json();
    const steps = record(document, 'aman-step');
    const done = record(document, 'aman-complete');
    try {
      const el = await fixture<AmanQuiz>(html`<aman-quiz src="/test/fixtures/quiz-mini.json"></aman-quiz>`);
      await waitUntil(() => settled(el) && steps.length > 0, 'not ready', { timeout: 5000 });
      const n = pack.questions.length;
      expect(el.stepCount).to.equal(n + 1);
      expect(el.currentStep).to.equal(0);
      expect(el.stepTitle(0)).to.equal(pack.questions[0].prompt.replace(/\*/g, ''));
      expect(el.stepNotes(0)).to.equal(pack.questions[0].explanation ? pack.questions[0].explanation.replace(/\*/g, '') : undefined);
      expect(el.prevStep()).to.equal(false);
      expect(el.nextStep()).to.equal(true);
      await el.updateComplete;
      expect(el.currentStep).to.equal(1);
      expect($(el, '.prompt')!.textContent).to.contain(pack.questions[1].prompt.replace(/\*/g, '').slice(0, 20));
      el.goToStep(99);
      await el.updateComplete;
      expect(el.currentStep).to.equal(n);
      expect($(el, '.results-title')).to.exist;
      expect(el.nextStep()).to.equal(false);
      expect(done.length).to.equal(1);
      el.goToStep(0);
      await el.updateComplete;
      expect(el.currentStep).to.equal(0);
      expect(steps.map((e) => e.detail.step)).to.include.members([0, 1, n]);
      expect(steps.every((e) => e.detail.total === n + 1)).to.equal(true);
    } finally {
      steps.stop();
      done.stop();
    }
  });
});
