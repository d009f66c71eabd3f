import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type {
  Answer,
  ChoiceOption,
  MatchingQuestion,
  MultipleQuestion,
  OrderingQuestion,
  Question,
  QuizPack,
  SingleQuestion,
  TrueFalseQuestion,
} from '../../core/types.js';
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
import { LangController } from '../../shared/lang.js';
import { PackController } from '../../shared/pack.js';
import { deviceStore } from '../../shared/storage.js';
import { emit } from '../../shared/events.js';
import { inline, packErrorView, reportPackError } from '../../shared/ui.js';
import { base, tokens } from '../../shared/styles.js';
import { quizStyles } from './quiz.styles.js';

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
 */
export class AmanQuiz extends LitElement {
  static override styles = [tokens, base, quizStyles];

  static override properties = {
    src: { type: String },
    pack: { type: String },
    packData: { attribute: false },
    shuffle: { type: Boolean },
    seed: { type: String },
    scale: { type: String, reflect: true },
    _progress: { state: true },
    _announce: { state: true },
    _confirmClear: { state: true },
    _memoryOnly: { state: true },
  };

  /** URL of a quiz pack (JSON). `{lang}` is replaced by the resolved language. */
  declare src: string | null;
  /** Id of a built-in quiz pack: `kenali-dan-laporkan` (default) or `alur-rujukan-petugas`. */
  declare pack: string | null;
  /** A quiz pack object, set from script; takes precedence over `src` and `pack`. */
  declare packData: unknown;
  /** Shuffle the order of questions and options. */
  declare shuffle: boolean;
  /** Seed for shuffling, so every learner (or every projector run) sees the same order. */
  declare seed: string | null;
  /** `projector` for large text on a projector. */
  declare scale: string | null;

  private declare _progress: QuizProgress | undefined;
  private declare _announce: string;
  private declare _confirmClear: boolean;
  private declare _memoryOnly: boolean;
  #focusAfterRender: 'prompt' | 'next' | 'results' | 'check' | null = null;
  #completedAttempt = -1;

  readonly #i18n = new LangController(this, ['quiz', 'common']);
  readonly #content = new PackController<QuizPack>(
    this,
    'quiz',
    'kenali-dan-laporkan',
    () => ({ data: this.packData, src: this.src, pack: this.pack }),
    () => this.#i18n.lang,
    (c) => void this.#packSettled(c),
  );

  constructor() {
    super();
    this.src = null;
    this.pack = null;
    this.packData = undefined;
    this.shuffle = false;
    this.seed = null;
    this.scale = null;
    this._progress = undefined;
    this._announce = '';
    this._confirmClear = false;
    this._memoryOnly = false;
  }

  get #storeKey(): string | undefined {
    const p = this.#content.pack;
    return p ? `quiz:${p.id}:${p.lang}` : undefined;
  }

  async #packSettled(c: PackController<QuizPack>): Promise<void> {
    if (c.state === 'error') {
      await this.#i18n.need('errors'); // error messages are loaded only when there is an error to show
      if (c.state !== 'error') return;
      reportPackError(this, c, this.#i18n.t, { pack: this.pack, src: this.src }, '');
      return;
    }
    const pack = c.pack!;
    const stored = this.#storeKey ? deviceStore.get(this.#storeKey) : undefined;
    // Only a returning learner needs the code that checks stored progress, so it is a lazy chunk.
    const saved = stored ? (await import('../../core/progress-restore.js')).deserialize(stored, pack) : undefined;
    if (pack !== this.#content.pack) return; // a newer pack arrived meanwhile
    this.#start(pack, saved);
    this._announce = '';
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
    if (this.#storeKey) this._memoryOnly = !deviceStore.set(this.#storeKey, serialize(p));
  }

  get #current(): Question | undefined {
    const p = this._progress;
    const pack = this.#content.pack;
    if (!p || !pack) return undefined;
    const id = p.order[p.index];
    return pack.questions.find((q) => q.id === id);
  }

  #seedFor(q: Question): string {
    return `${this._progress?.seed ?? ''}:${q.id}`;
  }

  // --- user actions -------------------------------------------------------------------------------------------

  #choose(q: Question, a: Answer): void {
    if (!this._progress || this._progress.checked.includes(q.id)) return;
    this.#save(setAnswer(this._progress, q.id, a));
  }

  #onCheck(): void {
    const q = this.#current;
    const p = this._progress;
    if (!q || !p) return;
    const a = p.answers[q.id] ?? this.#defaultAnswer(q);
    if (!isAnswerComplete(q, a)) {
      this._announce = this.#i18n.t(`incomplete.${q.type}`) as string;
      return;
    }
    let next = a === p.answers[q.id] ? p : setAnswer(p, q.id, a);
    next = checkQuestion(next, q.id);
    this.#save(next);
    const r = scoreQuestion(q, a);
    this._announce = `${this.#verdict(r)} ${q.explanation ?? ''}`.trim();
    this.#focusAfterRender = 'next';
    emit(this, 'aman-progress', { packId: this.#content.pack!.id, step: next.checked.length, total: next.order.length });
  }

  #onNext(): void {
    if (!this._progress) return;
    const p = nextQuestion(this._progress, Date.now());
    this.#save(p);
    this._announce = '';
    if (isFinished(p)) {
      this.#focusAfterRender = 'results';
      this.#complete(p);
    } else this.#focusAfterRender = 'prompt';
  }

  #onPrev(): void {
    if (!this._progress) return;
    this.#save(prevQuestion(this._progress));
    this._announce = '';
    this.#focusAfterRender = 'prompt';
  }

  #onRetry(): void {
    const pack = this.#content.pack;
    if (!this._progress || !pack) return;
    this.#save(retryProgress(this._progress, Date.now()));
    this._announce = this.#i18n.t('retryStarted') as string;
    this.#focusAfterRender = 'prompt';
  }

  #onClear(): void {
    if (!this._confirmClear) {
      this._confirmClear = true;
      return;
    }
    deviceStore.clearAll();
    this._confirmClear = false;
    const pack = this.#content.pack;
    if (pack) this.#start(pack);
    this._announce = this.#i18n.t('common:cleared') as string;
    this.#focusAfterRender = 'prompt';
  }

  #complete(p: QuizProgress): void {
    const pack = this.#content.pack!;
    if (this.#completedAttempt === p.attempt) return;
    this.#completedAttempt = p.attempt;
    const r = scoreQuiz(pack, p.answers);
    emit(this, 'aman-complete', {
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
    if (q.type === 'ordering') return { type: 'ordering', itemIds: this.#shownItems(q).map((i) => i.id) };
    return undefined;
  }

  #shownItems(q: OrderingQuestion) {
    const byId = new Map(q.items.map((i) => [i.id, i]));
    return shownOrder(this._progress!, q).map((id) => byId.get(id)!);
  }

  #move(q: OrderingQuestion, from: number, to: number): void {
    const items = [...this.#shownItems(q)];
    if (to < 0 || to >= items.length) return;
    const [it] = items.splice(from, 1);
    items.splice(to, 0, it);
    this.#choose(q, { type: 'ordering', itemIds: items.map((i) => i.id) });
    this._announce = this.#i18n.t('moved', { item: it.text, position: to + 1, total: items.length }) as string;
    // Keep the keyboard on the item that moved, on the same direction button when it still exists.
    const dir = to < from ? 'up' : 'down';
    this.updateComplete.then(() => {
      const btn =
        this.renderRoot.querySelector<HTMLButtonElement>(`[data-item="${it.id}"] [data-dir="${dir}"]:not([disabled])`) ??
        this.renderRoot.querySelector<HTMLButtonElement>(`[data-item="${it.id}"] button:not([disabled])`);
      btn?.focus();
    });
  }

  #verdict(r: { correct: boolean; score: number; max: number }): string {
    const t = this.#i18n.t;
    if (r.correct) return t('correct');
    return r.score > 0 ? t('partly', { percent: Math.round((r.score / r.max) * 100) }) : t('wrong');
  }

  // --- rendering ----------------------------------------------------------------------------------------------

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const f = this.#focusAfterRender;
    if (!f) return;
    this.#focusAfterRender = null;
    const sel = { prompt: '.prompt', results: '.results-title', next: '[data-action=next]', check: '[data-action=check]' }[f];
    this.renderRoot.querySelector<HTMLElement>(sel)?.focus();
  }

  protected override render(): TemplateResult {
    const t = this.#i18n.t;
    if (!this.#i18n.ready && !this.#i18n.failed) return html`<div part="base" aria-busy="true"></div>`;
    const c = this.#content;
    let body: TemplateResult;
    if (c.state === 'loading') body = html`<p role="status" aria-busy="true">${t('loading')}</p>`;
    else if (c.state === 'error')
      body = packErrorView(
        t,
        c.problems,
        c.problems.some((p) => p.key === 'loadFailed') ? () => c.reload() : undefined,
      );
    else body = this.#renderQuiz();
    return html`<div part="base" lang=${c.state === 'ready' && c.contentLang ? c.contentLang : this.#i18n.lang}>
      ${body}
      <p class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this._announce}</p>
    </div>`;
  }

  #renderQuiz(): TemplateResult {
    const t = this.#i18n.t;
    const pack = this.#content.pack!;
    const p = this._progress;
    if (!p) return html``;
    const finished = isFinished(p);
    return html`
      <header part="header">
        <h2>${pack.title}</h2>
        ${pack.description && p.index === 0 && !p.checked.length ? html`<p>${inline(pack.description)}</p>` : nothing}
        ${finished
          ? nothing
          : html`<p class="count">${t('count', { n: p.index + 1, total: p.order.length })}</p>
              <progress max=${p.order.length} value=${p.checked.length} aria-label=${t('progressLabel', { done: p.checked.length, total: p.order.length })}></progress>`}
      </header>
      <div part="body">${finished ? this.#renderResults(pack, p) : this.#renderQuestion(this.#current!, p)}</div>
      <footer part="footer">${this.#renderClear()}</footer>
    `;
  }

  #renderQuestion(q: Question, p: QuizProgress): TemplateResult {
    const t = this.#i18n.t;
    const checked = p.checked.includes(q.id);
    const a = p.answers[q.id];
    const result = checked ? scoreQuestion(q, a) : undefined;
    const last = p.index === p.order.length - 1;
    const promptId = `prompt-${q.id}`;
    return html`
      ${q.image ? html`<img src=${new URL(q.image.src, this.#content.baseUrl).href} alt=${q.image.alt} />` : nothing}
      <fieldset aria-describedby=${checked ? `fb-${q.id}` : nothing}>
        <legend class="prompt" id=${promptId} tabindex="-1">${inline(q.prompt)}</legend>
        ${q.type === 'single' || q.type === 'true-false' ? nothing : html`<p class="hint">${t(`hint.${q.type}`)}</p>`}
        ${this.#renderInputs(q, a, checked, result?.perOption)}
      </fieldset>
      ${result
        ? html`<div part="feedback" id=${`fb-${q.id}`} data-state=${result.correct ? 'correct' : 'wrong'}>
            <p><strong>${this.#verdict(result)}</strong></p>
            ${q.type === 'true-false' ? this.#trueFalseFeedback(q, a) : nothing}
            ${q.explanation ? html`<p>${inline(q.explanation)}</p>` : nothing}
            ${!result.correct ? this.#renderSolution(q) : nothing}
          </div>`
        : nothing}
      <div class="row">
        ${p.index > 0 ? html`<button type="button" part="button" @click=${this.#onPrev}>${t('prev')}</button>` : nothing}
        ${checked
          ? html`<button type="button" part="button" data-variant="primary" data-action="next" @click=${this.#onNext}>
              ${last ? t('seeResults') : t('next')}
            </button>`
          : html`<button type="button" part="button" data-variant="primary" data-action="check" @click=${this.#onCheck}>
              ${t('check')}
            </button>`}
      </div>
    `;
  }

  #renderInputs(
    q: Question,
    a: Answer | undefined,
    checked: boolean,
    perOption: Record<string, string> | undefined,
  ): TemplateResult {
    switch (q.type) {
      case 'single':
      case 'multiple':
        return this.#renderChoices(q, a, checked, perOption);
      case 'true-false':
        return this.#renderTrueFalse(q, a, checked);
      case 'ordering':
        return this.#renderOrdering(q, checked);
      case 'matching':
        return this.#renderMatching(q, a, checked);
    }
  }

  #markFor(state: string | undefined): TemplateResult | typeof nothing {
    const sign = state === 'correct' ? '✓' : state === 'wrong' ? '✗' : state === 'missed' ? '!' : '';
    return sign ? html`<span class="mark">${sign} ${this.#i18n.t(`mark.${state}`)}</span>` : nothing;
  }

  #renderChoices(
    q: SingleQuestion | MultipleQuestion,
    a: Answer | undefined,
    checked: boolean,
    perOption: Record<string, string> | undefined,
  ): TemplateResult {
    const multi = q.type === 'multiple';
    const options: ChoiceOption[] = this.shuffle ? shuffle(q.options, this.#seedFor(q)) : q.options;
    const chosen = new Set(a?.type === 'single' ? [a.optionId] : a?.type === 'multiple' ? a.optionIds : []);
    return html`<ul class="options" role="list">
      ${options.map((o) => {
        const id = `${q.id}-${o.id}`;
        const state = checked ? perOption?.[o.id] : undefined;
        const showFeedback = checked && o.feedback && (chosen.has(o.id) || o.correct);
        return html`<li part="option" data-state=${state ?? nothing}>
          <input
            id=${id}
            type=${multi ? 'checkbox' : 'radio'}
            name=${q.id}
            .checked=${chosen.has(o.id)}
            ?disabled=${checked}
            @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              if (multi) {
                // Read the stored answer now, not the one captured at render: several changes can come before a render.
                const now = this._progress?.answers[q.id];
                const next = new Set(now?.type === 'multiple' ? now.optionIds : []);
                if (on) next.add(o.id);
                else next.delete(o.id);
                this.#choose(q, { type: 'multiple', optionIds: q.options.filter((x) => next.has(x.id)).map((x) => x.id) });
              } else if (on) this.#choose(q, { type: 'single', optionId: o.id });
            }}
          />
          <label for=${id}>${inline(o.text)}</label>
          ${this.#markFor(state)}
          ${showFeedback ? html`<p class="option-feedback">${inline(o.feedback)}</p>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  #renderTrueFalse(q: TrueFalseQuestion, a: Answer | undefined, checked: boolean): TemplateResult {
    const t = this.#i18n.t;
    const value = a?.type === 'true-false' ? a.value : undefined;
    return html`<ul class="options" role="list">
      ${[true, false].map((v) => {
        const id = `${q.id}-${v}`;
        const state = checked ? (v === q.answer ? (value === v ? 'correct' : 'missed') : value === v ? 'wrong' : undefined) : undefined;
        return html`<li part="option" data-state=${state ?? nothing}>
          <input
            id=${id}
            type="radio"
            name=${q.id}
            .checked=${value === v}
            ?disabled=${checked}
            @change=${() => this.#choose(q, { type: 'true-false', value: v })}
          />
          <label for=${id}>${v ? t('true') : t('false')}</label>
          ${this.#markFor(state)}
        </li>`;
      })}
    </ul>`;
  }

  #trueFalseFeedback(q: TrueFalseQuestion, a: Answer | undefined): TemplateResult | typeof nothing {
    if (a?.type !== 'true-false') return nothing;
    const text = a.value ? q.feedbackTrue : q.feedbackFalse;
    return text ? html`<p>${inline(text)}</p>` : nothing;
  }

  #renderOrdering(q: OrderingQuestion, checked: boolean): TemplateResult {
    const t = this.#i18n.t;
    const items = this.#shownItems(q);
    const correctIndex = new Map(q.items.map((i, n) => [i.id, n]));
    return html`<ol class="options" role="list">
      ${items.map((it, n) => {
        const state = checked ? (correctIndex.get(it.id) === n ? 'correct' : 'wrong') : undefined;
        return html`<li part="option" data-item=${it.id} data-state=${state ?? nothing}>
          <span class="order-pos" aria-hidden="true">${n + 1}.</span>
          <span class="order-text">${inline(it.text)}</span>
          ${this.#markFor(state)}
          ${checked
            ? nothing
            : html`<span class="order-buttons">
                <button
                  type="button"
                  part="button"
                  data-dir="up"
                  ?disabled=${n === 0}
                  aria-label=${t('moveUp', { item: it.text, position: n + 1 })}
                  @click=${() => this.#move(q, n, n - 1)}
                >↑</button>
                <button
                  type="button"
                  part="button"
                  data-dir="down"
                  ?disabled=${n === items.length - 1}
                  aria-label=${t('moveDown', { item: it.text, position: n + 1 })}
                  @click=${() => this.#move(q, n, n + 1)}
                >↓</button>
              </span>`}
        </li>`;
      })}
    </ol>`;
  }

  #renderMatching(q: MatchingQuestion, a: Answer | undefined, checked: boolean): TemplateResult {
    const t = this.#i18n.t;
    const matches = a?.type === 'matching' ? a.matches : {};
    const byId = new Map(q.pairs.map((x) => [x.id, x]));
    const rights = shownOrder(this._progress!, q).map((id) => byId.get(id)!);
    return html`<ul class="options" role="list">
      ${q.pairs.map((pair) => {
        const id = `${q.id}-${pair.id}`;
        const chosen = matches[pair.id] ?? '';
        const state = checked ? (chosen === pair.id ? 'correct' : 'wrong') : undefined;
        return html`<li part="option" data-state=${state ?? nothing}>
          <label class="match-left" for=${id}>${inline(pair.left)}</label>
          <select
            id=${id}
            ?disabled=${checked}
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value;
              const now = this._progress?.answers[q.id];
              const next = { ...(now?.type === 'matching' ? now.matches : {}) };
              if (v) next[pair.id] = v;
              else delete next[pair.id];
              this.#choose(q, { type: 'matching', matches: next });
            }}
          >
            <option value="" ?selected=${!chosen}>${t('choose')}</option>
            ${rights.map((r) => html`<option value=${r.id} ?selected=${chosen === r.id}>${r.right}</option>`)}
          </select>
          ${this.#markFor(state)}
        </li>`;
      })}
    </ul>`;
  }

  /** The right answer, in words, when the learner's was not fully right. */
  #renderSolution(q: Question): TemplateResult | typeof nothing {
    const t = this.#i18n.t;
    if (q.type === 'ordering')
      return html`<p>${t('solution.ordering')}</p>
        <ol>${q.items.map((i) => html`<li>${inline(i.text)}</li>`)}</ol>`;
    if (q.type === 'matching')
      return html`<p>${t('solution.matching')}</p>
        <ul>${q.pairs.map((p) => html`<li>${inline(p.left)} → ${inline(p.right)}</li>`)}</ul>`;
    return nothing;
  }

  #renderResults(pack: QuizPack, p: QuizProgress): TemplateResult {
    const t = this.#i18n.t;
    const r = scoreQuiz(pack, p.answers);
    const percent = r.maxScore ? Math.round((r.score / r.maxScore) * 100) : 0;
    const round = (n: number) => Math.round(n * 10) / 10;
    return html`
      <h3 class="results-title" tabindex="-1">${t('results')}</h3>
      <p class="score">${t('score', { score: round(r.score), max: round(r.maxScore), percent })}</p>
      <div part="feedback" data-state=${r.passed ? 'correct' : 'wrong'}>
        <p><strong>${r.passed ? t('passed') : t('notPassed')}</strong>
          ${t('passMark', { percent: Math.round(pack.passMark * 100) })}</p>
      </div>
      <ol class="review">
        ${p.order.map((id) => {
          const q = pack.questions.find((x) => x.id === id)!;
          const s = r.perQuestion[id];
          return html`<li>${inline(q.prompt)} ${this.#markFor(s?.correct ? 'correct' : 'wrong')}</li>`;
        })}
      </ol>
      <div class="row">
        <button type="button" part="button" data-variant="primary" data-action="retry" @click=${this.#onRetry}>${t('retry')}</button>
      </div>
    `;
  }

  #renderClear(): TemplateResult {
    const t = this.#i18n.t;
    return html`
      <p class="note">${this._memoryOnly ? t('common:memoryOnly') : t('common:deviceOnly')}</p>
      <span class="row">
        ${this._confirmClear
          ? html`<span>${t('common:clearConfirm')}</span>
              <button type="button" part="button" data-action="clear" @click=${this.#onClear}>${t('common:clearYes')}</button>
              <button type="button" part="button" @click=${() => (this._confirmClear = false)}>${t('common:cancel')}</button>`
          : html`<button type="button" part="button" class="link-button" data-action="clear" @click=${this.#onClear}>
              ${t('common:clear')}
            </button>`}
      </span>
    `;
  }
}
