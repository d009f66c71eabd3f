import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Answer, ChoiceOption, OrderingQuestion, Question, QuizPack } from '../../core/types.js';
import { isAnswerComplete, scoreQuestion, scoreQuiz } from '../../core/quiz.js';
import {
  answer as setAnswer,
  check as checkQuestion,
  isFinished,
  next as nextQuestion,
  prev as prevQuestion,
  retry as retryProgress,
  serialize,
  shownOrder,
  startProgress,
  type QuizProgress,
} from '../../core/progress.js';
import { shuffle } from '../../core/shuffle.js';
import { AmanPackElement } from '../../shared/pack-element.js';
import { DeviceDataController, deviceDataStyles } from '../../shared/device-data.js';
import { inline } from '../../shared/ui.js';
import { plainText } from '../../core/markup.js';
import { answerState, mark, questionFeedback, questionInputs, verdict, type QuestionHost } from './questions.js';
import { quizStyles } from './quiz.styles.js';
import type { PresenterSteps } from '../../shared/steps.js';

/**
 * A quiz from a content pack: single choice, multiple choice, true/false, ordering and matching questions, with
 * feedback for every option, an explanation, a pass mark, retry and a results summary. There is never a timer.
 * Progress is kept on this device only (under `aman:`), and the "clear my data" button wipes it.
 *
 * @summary Question set with per-option feedback, pass mark and retry.
 *
 * @csspart base - The outer box.
 * @csspart header - Title and progress.
 * @csspart body - The current question or the results.
 * @csspart option - One answer option, ordering item or matching row.
 * @csspart feedback - Feedback after checking, and error messages.
 * @csspart button - Every button.
 * @csspart footer - Navigation and the clear-my-data control.
 *
 * @cssproperty --aman-color-primary - Buttons, links, progress.
 * @cssproperty --aman-scale - Text scale (the `scale="projector"` attribute sets 1.75).
 * @cssproperty --aman-font-family - Font stack (system fonts by default; nothing is downloaded).
 *
 * @fires aman-progress - After each checked answer: `{packId, step, total}`.
 * @fires aman-complete - When the results are shown: `{packId, score, maxScore, passed, durationMs, answers}`.
 * @fires aman-error - When the pack cannot be loaded or is invalid: `{packId, message, path}`.
 * @fires aman-step - Whenever the question on screen changes (the presenter's protocol): `{packId, step, total}`.
 */
export class AmanQuiz extends AmanPackElement<QuizPack> implements PresenterSteps {
  static override styles = [...AmanPackElement.styles, deviceDataStyles, quizStyles];
  static override namespaces = ['quiz', 'common'];
  static override kind = 'quiz' as const;

  static override properties: PropertyDeclarations = {
    shuffle: { type: Boolean },
    seed: { type: String },
    externalImages: { type: Boolean, attribute: 'external-images' },
    _progress: { state: true },
    _incomplete: { state: true },
  };

  /** Shuffle the order of questions and options. */
  declare shuffle: boolean;
  /** Seed for shuffling, so every learner (or every projector run) sees the same order. */
  declare seed: string | null;
  /**
   * Show a pack's images from other origins too. Off by default: an image elsewhere tells its server who is learning
   * what (same-origin images only, and never a referrer).
   */
  declare externalImages: boolean;

  private declare _progress: QuizProgress | undefined;
  /** "Choose an answer first", shown beside the question after Check with no (complete) answer. */
  private declare _incomplete: string | undefined;
  #completedAttempt = -1;
  readonly #data = new DeviceDataController(
    this,
    () => this.i18n.t,
    () => {
      const pack = this.content.pack;
      if (pack) this.#start(pack);
      this.live.announce(this.i18n.t('common:cleared'), '.prompt');
    },
  );

  constructor() {
    super();
    this.shuffle = false;
    this.seed = null;
    this.externalImages = false;
    this._progress = undefined;
    this._incomplete = undefined;
  }

  /** Per pack, not per language: a class switching language keeps its place when the packs share question ids. */
  get #storeKey(): string | undefined {
    const p = this.content.pack;
    return p ? `quiz:${p.id}` : undefined;
  }

  protected override async packReady(pack: QuizPack): Promise<void> {
    // Progress kept per language by earlier versions is still found.
    const stored = this.#data.get(this.#storeKey!) ?? this.#data.get(`${this.#storeKey}:${pack.lang}`);
    // Only a returning learner needs the code that checks stored progress, so it is a lazy chunk.
    const saved = stored ? (await import('../../core/progress-restore.js')).deserialize(stored, pack) : undefined;
    if (pack !== this.content.pack) return; // a newer pack arrived meanwhile
    this.#start(pack, saved);
    this.live.announce('');
    this.#emitStep();
  }

  // --- the presenter's step protocol: each question, then the results ----------------------------------------

  get stepCount(): number {
    return (this._progress?.order.length ?? 0) + 1;
  }

  get currentStep(): number {
    return this._progress?.index ?? 0;
  }

  goToStep(index: number): void {
    const target = Math.max(0, Math.min(this.stepCount - 1, Math.trunc(index) || 0));
    for (let i = 0; i < 1000 && this._progress && this._progress.index !== target; i++)
      this._progress.index < target ? this.#onNext() : this.#onPrev();
  }

  nextStep(): boolean {
    if (!this._progress || this._progress.index >= this._progress.order.length) return false;
    this.#onNext();
    return true;
  }

  prevStep(): boolean {
    if (!this._progress || this._progress.index === 0) return false;
    this.#onPrev();
    return true;
  }

  /** The question's prompt (plain text), or the results' heading. */
  stepTitle(index: number): string {
    const id = this._progress?.order[index];
    const q = this.content.pack?.questions.find((x) => x.id === id);
    return q ? plainText(q.prompt) : this.i18n.t('results');
  }

  /** For the facilitator: the explanation of the question (what to say once the room has answered). */
  stepNotes(index: number): string | undefined {
    const id = this._progress?.order[index];
    const q = this.content.pack?.questions.find((x) => x.id === id);
    return q?.explanation ? plainText(q.explanation) : undefined;
  }

  /** A show of hands: the options of a choice or true/false question. */
  stepChoices(index: number): string[] | undefined {
    const id = this._progress?.order[index];
    const q = this.content.pack?.questions.find((x) => x.id === id);
    if (q?.type === 'true-false') return [this.i18n.t('true'), this.i18n.t('false')];
    return q?.type === 'single' || q?.type === 'multiple' ? q.options.map((o) => plainText(o.text)) : undefined;
  }

  stepKey(index: number): string {
    return this._progress?.order[index] ?? 'results';
  }

  #emitStep(): void {
    const pack = this.content.pack;
    if (pack && this._progress) this.emit('aman-step', { packId: pack.id, step: this.currentStep, total: this.stepCount });
  }

  /** Resumes `saved`, or starts afresh: shuffled with the page's seed, or a random one when none is given. */
  #start(pack: QuizPack, saved?: QuizProgress): void {
    this._progress =
      saved ??
      startProgress(pack, {
        seed: this.seed ?? (this.shuffle ? Math.random() * 1e9 : pack.id),
        shuffleQuestions: this.shuffle,
        now: Date.now(),
      });
    this.#completedAttempt = saved && isFinished(saved) ? saved.attempt : -1;
  }

  #save(p: QuizProgress): void {
    this._progress = p;
    if (this.#storeKey) this.#data.save(this.#storeKey, serialize(p));
  }

  get #current(): Question | undefined {
    const p = this._progress;
    const pack = this.content.pack;
    if (!p || !pack) return undefined;
    const id = p.order[p.index];
    return pack.questions.find((q) => q.id === id);
  }

  /** What the question templates need from the quiz. */
  readonly #host: QuestionHost = {
    t: ((...args: Parameters<QuestionHost['t']>) => this.i18n.t(...args)) as QuestionHost['t'],
    options: (q): ChoiceOption[] => (this.shuffle ? shuffle(q.options, `${this._progress?.seed ?? ''}:${q.id}`) : q.options),
    shown: (q) => shownOrder(this._progress!, q),
    current: (qid) => this._progress?.answers[qid],
    choose: (q, a) => this.#choose(q, a),
    move: (q, from, to) => this.#move(q, from, to),
  };

  // --- user actions -------------------------------------------------------------------------------------------

  #choose(q: Question, a: Answer): void {
    if (!this._progress || this._progress.checked.includes(q.id)) return;
    this._incomplete = undefined;
    this.#save(setAnswer(this._progress, q.id, a));
  }

  #onCheck(): void {
    const q = this.#current;
    const p = this._progress;
    if (!q || !p) return;
    const a = p.answers[q.id] ?? this.#defaultAnswer(q);
    if (!isAnswerComplete(q, a)) {
      // Shown beside the question and said again on every press, so nobody presses into silence.
      this._incomplete = this.i18n.t(`incomplete.${q.type}`);
      this.live.announce(this._incomplete);
      return;
    }
    let next = a === p.answers[q.id] ? p : setAnswer(p, q.id, a);
    next = checkQuestion(next, q.id);
    this.#save(next);
    const r = scoreQuestion(q, a);
    this.live.announce(`${verdict(this.i18n.t, r)} ${plainText(q.explanation)}`.trim(), '[data-action=next]');
    this.emit('aman-progress', { packId: this.content.pack!.id, step: next.checked.length, total: next.order.length });
  }

  #onNext(): void {
    if (!this._progress) return;
    const p = nextQuestion(this._progress, Date.now());
    this.#save(p);
    this._incomplete = undefined;
    // Focus lands on the prompt; the live region says where in the quiz it is ("Question 3 of 17").
    this.live.announce(isFinished(p) ? '' : this.#position(p), isFinished(p) ? '.results-title' : '.prompt');
    if (isFinished(p)) this.#complete(p);
    this.#emitStep();
  }

  #onPrev(): void {
    if (!this._progress) return;
    const p = prevQuestion(this._progress);
    this.#save(p);
    this._incomplete = undefined;
    this.live.announce(this.#position(p), '.prompt');
    this.#emitStep();
  }

  #onRetry(): void {
    if (!this._progress || !this.content.pack) return;
    this.#save(retryProgress(this._progress, Date.now()));
    this.live.announce(this.i18n.t('retryStarted'), '.prompt');
    this.#emitStep();
  }

  #position(p: QuizProgress): string {
    return this.i18n.t('count', { n: p.index + 1, total: p.order.length });
  }

  #complete(p: QuizProgress): void {
    const pack = this.content.pack!;
    if (this.#completedAttempt === p.attempt) return;
    this.#completedAttempt = p.attempt;
    const r = scoreQuiz(pack, p.answers);
    this.emit('aman-complete', {
      packId: pack.id,
      score: r.score,
      maxScore: r.maxScore,
      passed: r.passed,
      durationMs: Math.max(0, (p.finishedAt ?? Date.now()) - p.startedAt),
      answers: { ...p.answers },
    });
  }

  /** Ordering questions start from the shuffled order the learner sees, which is already a valid answer. */
  #defaultAnswer(q: Question): Answer | undefined {
    if (q.type === 'ordering') return { type: 'ordering', itemIds: shownOrder(this._progress!, q) };
    return undefined;
  }

  #move(q: OrderingQuestion, from: number, to: number): void {
    const ids = [...shownOrder(this._progress!, q)];
    if (to < 0 || to >= ids.length) return;
    const [id] = ids.splice(from, 1);
    ids.splice(to, 0, id!);
    this.#choose(q, { type: 'ordering', itemIds: ids });
    const it = q.items.find((i) => i.id === id)!;
    // Keep the keyboard on the item that moved, on the same direction button when it still exists.
    const dir = to < from ? 'up' : 'down';
    this.live.announce(this.i18n.t('moved', { item: plainText(it.text), position: to + 1, total: ids.length }));
    this.updateComplete.then(() => {
      const btn =
        this.renderRoot.querySelector<HTMLButtonElement>(`[data-item="${id}"] [data-dir="${dir}"]:not([disabled])`) ??
        this.renderRoot.querySelector<HTMLButtonElement>(`[data-item="${id}"] button:not([disabled])`);
      btn?.focus();
    });
  }

  // --- rendering ----------------------------------------------------------------------------------------------

  protected override renderPack(pack: QuizPack): TemplateResult | typeof nothing {
    const t = this.i18n.t;
    const p = this._progress;
    if (!p) return nothing;
    const finished = isFinished(p);
    return html`
      <header part="header">
        <h2 lang=${this.contentLang ?? nothing}>${pack.title}</h2>
        ${pack.description && p.index === 0 && !p.checked.length ? html`<p>${inline(pack.description, this.contentLang)}</p>` : nothing}
        ${finished
          ? nothing
          : html`<p class="count">${t('count', { n: p.index + 1, total: p.order.length })}</p>
              <progress max=${p.order.length} value=${p.checked.length} aria-label=${t('progressLabel', { done: p.checked.length, total: p.order.length })}></progress>`}
      </header>
      <div part="body" class=${!finished && p.checked.includes(p.order[p.index]!) ? 'checked' : ''}>${finished ? this.#renderResults(pack, p) : this.#renderQuestion(this.#current!, p)}</div>
      <footer part="footer">${this.#data.render()}</footer>
    `;
  }

  #renderQuestion(q: Question, p: QuizProgress): TemplateResult {
    const t = this.i18n.t;
    const checked = p.checked.includes(q.id);
    const a = p.answers[q.id];
    const result = checked ? scoreQuestion(q, a) : undefined;
    const last = p.index === p.order.length - 1;
    // Two blocks: on a projector they stand side by side once checked, so the room sees question and feedback at once.
    return html`<div class="question">
      ${q.image ? this.#renderImage(q.image) : nothing}
      <fieldset aria-describedby=${checked ? `fb-${q.id}` : this._incomplete ? `incomplete-${q.id}` : nothing}>
        <legend class="prompt" id=${`prompt-${q.id}`} tabindex="-1">${inline(q.prompt, this.contentLang)}</legend>
        ${q.type === 'single' || q.type === 'true-false' ? nothing : html`<p class="hint">${t(`hint.${q.type}`)}</p>`}
        ${questionInputs({ ...this.#host, lang: this.contentLang }, q, a, checked, result?.perOption)}
        ${this._incomplete && !checked ? html`<p class="incomplete" id=${`incomplete-${q.id}`}>${this._incomplete}</p>` : nothing}
      </fieldset></div>
      <div class="after">
      ${result ? questionFeedback(t, q, a, result, this.contentLang) : nothing}
      <div class="row">
        ${checked
          ? html`<button type="button" part="button" data-variant="primary" data-action="next" @click=${this.#onNext}>
              ${last ? t('seeResults') : t('next')}
            </button>`
          : html`<button type="button" part="button" data-variant="primary" data-action="check" @click=${this.#onCheck}>
              ${t('check')}
            </button>`}
        ${p.index > 0 ? html`<button type="button" part="button" @click=${this.#onPrev}>${t('prev')}</button>` : nothing}
      </div></div>
    `;
  }

  /** Same-origin images, or any with `external-images`; never with a referrer. A refused one leaves its words. */
  #renderImage(img: { src: string; alt: string }): TemplateResult {
    const url = new URL(img.src, this.content.baseUrl);
    if (url.origin === location.origin || this.externalImages)
      return html`<img src=${url.href} alt=${img.alt} referrerpolicy="no-referrer" />`;
    console.warn(`aman-quiz: image ${url.href} is on another origin; add the external-images attribute to show it`);
    return html`<p class="note" lang=${this.contentLang ?? nothing}>${img.alt}</p>`;
  }

  #renderResults(pack: QuizPack, p: QuizProgress): TemplateResult {
    const t = this.i18n.t;
    const r = scoreQuiz(pack, p.answers);
    const percent = r.maxScore ? Math.round((r.score / r.maxScore) * 100) : 0;
    // "7,7 dari 17" in Indonesian and Javanese, "7.7 of 17" in English.
    const num = new Intl.NumberFormat([this.i18n.lang, 'id'], { maximumFractionDigits: 1 });
    return html`
      <h3 class="results-title" tabindex="-1">${t('results')}</h3>
      <p class="score">${t('score', { score: num.format(r.score), max: num.format(r.maxScore), percent })}</p>
      <div part="feedback" data-state=${r.passed ? 'correct' : 'wrong'}>
        <p><strong>${r.passed ? t('passed') : t('notPassed')}</strong>
          ${t('passMark', { percent: Math.round(pack.passMark * 100) })}</p>
      </div>
      <ol class="review">
        ${p.order.map((id) => {
          const q = pack.questions.find((x) => x.id === id)!;
          const state = answerState(r.perQuestion[id]);
          return html`<li>${inline(q.prompt, this.contentLang)} ${mark(t, state, `review.${state}`)}</li>`;
        })}
      </ol>
      <div class="row">
        <button type="button" part="button" data-variant="primary" data-action="retry" @click=${this.#onRetry}>${t('retry')}</button>
      </div>
    `;
  }
}
