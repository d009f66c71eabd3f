import { html, nothing, svg, type PropertyDeclarations, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Answer, CheckpointQuestion, LessonPack, LessonSection, OrderingQuestion, Question } from '../../core/types.js';
import {
  acceptWarning,
  answerCheckpoint,
  checkCheckpoint,
  deserializeLesson,
  goTo,
  isScored,
  scoreLesson,
  sectionAt,
  serializeLesson,
  shownItems,
  skipSection,
  startLesson,
  warningShowing,
  type LessonProgress,
} from '../../core/lesson.js';
import { answerFor, scoreQuestion } from '../../core/quiz.js';
import { plainText } from '../../core/markup.js';
import { ILLUSTRATIONS, type IllustrationId } from '../../core/illustrations.js';
import { AmanPackElement } from '../../shared/pack-element.js';
import { DeviceDataController, deviceDataStyles } from '../../shared/device-data.js';
import { translator } from '../../shared/i18n.js';
import { inline } from '../../shared/ui.js';
import { printOnly } from '../../shared/print.js';
import { ReadAloudController, sentences } from '../../shared/speech.js';
import type { PresenterSteps } from '../../shared/steps.js';
import { questionFeedback, questionInputs, verdict, type QuestionHost } from '../quiz/questions.js';
import { quizStyles } from '../quiz/quiz.styles.js';
import { illustrations } from './illustrations/index.js';
import { lessonStyles } from './lesson.styles.js';

/** Drawings already loaded, shared by every lesson on the page. */
const drawn = new Map<string, SVGTemplateResult>();

/**
 * A school lesson from a content pack: a lesson plan for the teacher (age band, duration, objectives, what to
 * prepare), then sections of short text with an illustration, a discussion prompt and checkpoint questions (the
 * quiz's question templates). A section with a content note asks first and can be skipped; reflection questions
 * (`"scored": false`) are never marked wrong; teacher notes stay hidden until the teacher shows them. Every
 * section offers "who can I talk to" (SAPA 129 and the region's contacts). Progress is kept on this device only;
 * "clear my data" wipes it. Prints an A4 handout for pupils, or a teacher copy with notes and answers. Reads a
 * section aloud only with an on-device voice. There is never a timer.
 *
 * @summary School lesson: sections, illustrations, discussion, checkpoints, teacher notes, handout.
 *
 * @csspart base - The outer box.
 * @csspart header - Title, age band and progress.
 * @csspart body - The lesson plan, a content note, a section or the end.
 * @csspart illustration - A section's drawing.
 * @csspart discussion - The discussion prompt.
 * @csspart teacher-notes - Notes for the teacher (shown with the "teacher notes" toggle or `teacher`).
 * @csspart option - One answer option of a checkpoint question.
 * @csspart feedback - Feedback after checking, and error messages.
 * @csspart talk - The "who can I talk to" panel.
 * @csspart button - Every button.
 * @csspart footer - Printing and the clear-my-data control.
 *
 * @cssproperty --aman-color-primary - Buttons, links, progress, drawings' first clothing colour.
 * @cssproperty --aman-color-accent - Details in the drawings.
 * @cssproperty --aman-scale - Text scale (the `scale="projector"` attribute sets 1.75).
 *
 * @fires aman-progress - When a section opens: `{packId, step, total}` (step = sections reached).
 * @fires aman-step - Whenever the step on screen changes (the presenter's protocol).
 * @fires aman-complete - When the end is reached: `{packId, score, maxScore, passed, durationMs, answers}` (scored checkpoints).
 * @fires aman-error - When the pack cannot be loaded or is invalid: `{packId, message, path}`.
 */
export class AmanLesson extends AmanPackElement<LessonPack> implements PresenterSteps {
  static override styles = [...AmanPackElement.styles, deviceDataStyles, quizStyles, lessonStyles];
  static override namespaces = ['lesson', 'quiz', 'common'];
  static override kind = 'lesson' as const;

  static override properties: PropertyDeclarations = {
    teacher: { type: Boolean, reflect: true },
    region: { type: String },
    regionSrc: { type: String, attribute: 'region-src' },
    quickExitHref: { type: String, attribute: 'quick-exit-href' },
    _p: { state: true },
    _incomplete: { state: true },
    _print: { state: true },
  };

  /** Shows the teacher notes (the "teacher notes" button toggles it). Off by default: learners don't see them. */
  declare teacher: boolean;
  /** Id of a built-in region pack for the "who can I talk to" panel; default `nasional`. */
  declare region: string | null;
  /** URL of the page's region pack for that panel. */
  declare regionSrc: string | null;
  /** The neutral page the panel's quick exit goes to. */
  declare quickExitHref: string | null;

  private declare _p: LessonProgress | undefined;
  /** Question id → "choose an answer first", after Check with no complete answer. */
  private declare _incomplete: Record<string, string>;
  /** Printing: the handout for pupils, or the teacher copy. */
  private declare _print: 'pupil' | 'teacher' | undefined;
  #startedAt = Date.now();
  /** The end screen: a lazy chunk, loaded when the end is reached. */
  #endView?: typeof import('./end.js');
  /** The printed handout's template: a lazy chunk, loaded by the print buttons. */
  #handout?: typeof import('./handout.js').renderHandout;
  #completed = false;
  readonly #speech = new ReadAloudController(this, () => this.content.pack?.lang ?? this.i18n.lang);
  readonly #data = new DeviceDataController(
    this,
    () => this.i18n.t,
    () => {
      const pack = this.content.pack;
      if (pack) this.#set(startLesson(pack), false);
      this.live.announce(this.i18n.t('common:cleared'), '.plan-title');
    },
  );

  constructor() {
    super();
    this.teacher = false;
    this.region = null;
    this.regionSrc = null;
    this.quickExitHref = null;
    this._p = undefined;
    this._incomplete = {};
    this._print = undefined;
  }

  get #key(): string | undefined {
    const p = this.content.pack;
    return p ? `lesson:${p.id}` : undefined;
  }

  protected override packReady(pack: LessonPack): void {
    if (this._p?.packId === pack.id && this._p.version === pack.version) return; // a language switch keeps the place
    this._p = deserializeLesson(this.#data.get(this.#key!), pack) ?? startLesson(pack);
    this.#startedAt = Date.now();
    this.#completed = this._p.at >= pack.sections.length;
    this.live.announce('');
    this.#emitStep();
  }

  #set(p: LessonProgress, save = true): void {
    this._p = p;
    if (save && this.#key) this.#data.save(this.#key, serializeLesson(p));
  }

  // --- the presenter's step protocol: the plan, each section, the end ----------------------------------------
  // On a projector a section is several screens (one must never scroll in front of a class): its text, then each
  // checkpoint question on a screen of its own. Elsewhere a section is one screen.

  /** Which part of the section is on screen when paged: 0 its text, then its discussion, then each question. */
  #part = 0;

  /** The screens of a section when paged: its text (a long one in pieces of whole sentences), 'd' its discussion, a question's index. */
  #partsOf(s: LessonSection): (`t${number}` | 'd' | number)[] {
    return [...this.#pieces(s).map((_, i) => `t${i}` as const), ...(s.discussion ? (['d'] as const) : []), ...(s.checkpoint ?? []).map((_, k) => k)];
  }

  /** A section's text in pieces a projector shows whole (whole sentences, about 300 characters each); one piece elsewhere. */
  #pieces(s: LessonSection): string[] {
    if (!this.#paged) return [s.text];
    const out: string[] = [];
    for (const sentence of sentences(s.text)) {
      const last = out[out.length - 1];
      if (last !== undefined && last.length + sentence.length < 300) out[out.length - 1] = `${last} ${sentence}`;
      else out.push(sentence);
    }
    return out.length ? out : [s.text];
  }

  get #paged(): boolean {
    return this.scale === 'projector';
  }

  get #steps(): { at: number; part: number }[] {
    const pack = this.content.pack;
    if (!pack) return [];
    const inner = pack.sections.flatMap((s, at) => [
      { at, part: 0 },
      ...(this.#paged ? this.#partsOf(s).slice(1).map((_, k) => ({ at, part: k + 1 })) : []),
    ]);
    return [{ at: -1, part: 0 }, ...inner, { at: pack.sections.length, part: 0 }];
  }

  get stepCount(): number {
    return this.#steps.length;
  }

  get currentStep(): number {
    const at = this._p?.at ?? -1;
    return Math.max(0, this.#steps.findIndex((x) => x.at === at && x.part === (this.#paged ? this.#part : 0)));
  }

  goToStep(index: number): void {
    const steps = this.#steps;
    const to = steps[Math.max(0, Math.min(steps.length - 1, Math.trunc(index) || 0))];
    if (!to || !this._p) return;
    if (to.at !== this._p.at) this.#go(to.at);
    if (to.part !== this.#part) {
      this.#part = to.part;
      this.live.focusAfterRender(to.part ? '.prompt' : '.section-title');
      this.requestUpdate();
      this.#emitStep();
    }
  }

  nextStep(): boolean {
    if (this.currentStep >= this.stepCount - 1) return false;
    this.goToStep(this.currentStep + 1);
    return true;
  }

  prevStep(): boolean {
    if (this.currentStep <= 0) return false;
    this.goToStep(this.currentStep - 1);
    return true;
  }

  stepTitle(index: number): string {
    const pack = this.content.pack;
    const st = this.#steps[index];
    if (!pack || !st) return '';
    const s = pack.sections[st.at];
    if (!s) return st.at < 0 ? this.i18n.t('plan') : this.i18n.t('end');
    const part = this.#partsOf(s)[st.part];
    const q = typeof part === 'number' ? s.checkpoint?.[part] : undefined;
    return q ? `${s.title} — ${plainText(q.prompt)}` : part === 'd' ? `${s.title} — ${this.i18n.t('discuss')}` : s.title;
  }

  stepNotes(index: number): string | undefined {
    const st = this.#steps[index];
    const s = st && this.content.pack?.sections[st.at];
    const part = s ? this.#partsOf(s)[st!.part] : undefined;
    const q = typeof part === 'number' ? s?.checkpoint?.[part] : undefined;
    const notes = q ? q.explanation : s?.teacherNotes;
    return notes ? plainText(notes) : undefined;
  }

  #emitStep(): void {
    const pack = this.content.pack;
    if (pack) this.emit('aman-step', { packId: pack.id, step: this.currentStep, total: this.stepCount });
  }

  // --- user actions -------------------------------------------------------------------------------------------

  /** Opens the plan (-1), a section, or the end; the keyboard lands on its heading. */
  #go(at: number): void {
    const pack = this.content.pack;
    if (!pack || !this._p) return;
    this.#speech.stop();
    const p = goTo(pack, this._p, at);
    this.#set(p);
    this.#part = 0;
    this._incomplete = {};
    const n = pack.sections.length;
    if (p.at >= 0 && p.at < n) {
      this.emit('aman-progress', { packId: pack.id, step: p.at + 1, total: n });
      this.live.announce(this.i18n.t('count', { n: p.at + 1, total: n }), warningShowing(pack, p) ? '.warning-title' : '.section-title');
    } else this.live.announce('', p.at < 0 ? '.plan-title' : '.end-title');
    if (p.at >= n) this.#complete(p);
    else this.#completed = false;
    this.#emitStep();
  }

  #complete(p: LessonProgress): void {
    const pack = this.content.pack!;
    if (this.#completed) return;
    this.#completed = true;
    const r = scoreLesson(pack, p);
    this.emit('aman-complete', {
      packId: pack.id,
      score: r.score,
      maxScore: r.maxScore,
      passed: r.passed,
      durationMs: Math.max(0, Date.now() - this.#startedAt),
      answers: Object.fromEntries(p.checked.map((id) => [id, p.answers[id]!])),
    });
  }

  #accept(): void {
    const pack = this.content.pack;
    if (!pack || !this._p) return;
    this.#set(acceptWarning(pack, this._p));
    this.live.focusAfterRender('.section-title');
  }

  #skip(): void {
    const pack = this.content.pack;
    if (!pack || !this._p) return;
    const title = sectionAt(pack, this._p)!.title;
    const next = skipSection(pack, this._p);
    this.#set(next);
    this.#go(next.at);
    this.live.announce(`${this.i18n.t('skipped', { title })} ${this.live.text}`.trim());
  }

  #choose(q: Question, a: Answer): void {
    const pack = this.content.pack;
    if (!pack || !this._p) return;
    const { [q.id]: _, ...rest } = this._incomplete;
    this._incomplete = rest;
    this.#set(answerCheckpoint(pack, this._p, q.id, a));
  }

  #check(q: CheckpointQuestion): void {
    const pack = this.content.pack;
    if (!pack || !this._p) return;
    const next = checkCheckpoint(pack, this._p, q.id);
    const tq = this.#tq;
    if (!next) {
      const msg = tq(`incomplete.${q.type}`);
      this._incomplete = { ...this._incomplete, [q.id]: msg };
      this.live.announce(msg);
      return;
    }
    this.#set(next);
    const a = answerFor(next.answers, q.id);
    const said = isScored(q) ? verdict(tq, scoreQuestion(q, a)) : this.i18n.t('reflectionThanks');
    const chosen = q.type === 'single' && a?.type === 'single' ? q.options.find((o) => o.id === a.optionId)?.feedback : undefined;
    this.live.announce(`${said} ${plainText(chosen)} ${plainText(q.explanation)}`.replace(/\s+/g, ' ').trim(), `[data-after="${q.id}"]`);
  }

  #move(q: OrderingQuestion, from: number, to: number): void {
    const pack = this.content.pack;
    if (!pack || !this._p) return;
    const ids = [...shownItems(pack, this._p, q)];
    if (to < 0 || to >= ids.length) return;
    const [id] = ids.splice(from, 1);
    ids.splice(to, 0, id!);
    this.#choose(q, { type: 'ordering', itemIds: ids });
    const it = q.items.find((i) => i.id === id)!;
    this.live.announce(this.#tq('moved', { item: plainText(it.text), position: to + 1, total: ids.length }));
    const dir = to < from ? 'up' : 'down';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>(`[data-item="${id}"] [data-dir="${dir}"]`)?.focus(),
    );
  }

  #toggleTeacher(): void {
    this.teacher = !this.teacher;
    this.live.announce(this.i18n.t(this.teacher ? 'notesShown' : 'notesHidden'));
  }

  async #printCopy(kind: 'pupil' | 'teacher'): Promise<void> {
    const pack = this.content.pack;
    if (!pack) return;
    // The handout's template and every drawing of the lesson are loaded before the print dialog opens.
    const [m] = await Promise.all([
      import('./handout.js'),
      this.i18n.need('lesson-extra'),
      ...pack.sections.map((s) => this.#loadDrawing(s.illustration)),
    ]);
    this.#handout = m.renderHandout;
    await printOnly(
      this,
      async () => {
        this._print = kind;
        await this.updateComplete;
      },
      () => (this._print = undefined),
    );
  }

  #readAloud(s: LessonSection): void {
    if (this.#speech.reading >= 0) return this.#speech.stop();
    this.#speech.read([s.title, plainText(s.text), s.discussion ? plainText(s.discussion) : ''].filter(Boolean));
  }

  async #loadDrawing(id: string | undefined): Promise<void> {
    if (!id || drawn.has(id) || !(ILLUSTRATIONS as readonly string[]).includes(id)) return;
    try {
      // The text alternatives come with the drawings (a lazy namespace), not with the element's first bytes.
      const [art] = await Promise.all([illustrations[id as IllustrationId](), this.i18n.need('illustrations')]);
      drawn.set(id, art.default);
      this.requestUpdate();
    } catch {
      /* offline and not cached: the text alternative stands in for it */
    }
  }

  // --- rendering ----------------------------------------------------------------------------------------------

  /** The quiz's templates, with the quiz's words, in this element's language. */
  get #tq() {
    return translator(this.i18n.lang, 'quiz');
  }

  #questionHost(lang?: string): QuestionHost {
    const pack = this.content.pack!;
    return {
      t: this.#tq,
      lang,
      options: (q) => q.options,
      shown: (q) => shownItems(pack, this._p!, q),
      current: (qid) => answerFor(this._p?.answers ?? {}, qid),
      choose: (q, a) => this.#choose(q, a),
      move: (q, from, to) => this.#move(q, from, to),
    };
  }

  protected override renderPack(pack: LessonPack): TemplateResult | typeof nothing {
    const p = this._p;
    if (!p) return nothing;
    if (this._print && this.#handout)
      return this.#handout(pack, this._print === 'teacher', this.i18n.t, translator(this.i18n.lang, 'lesson-extra'), this.#tq, this.i18n.lang, this.contentLang, (id) => this.#renderDrawing(id));
    const t = this.i18n.t;
    const lang = this.contentLang;
    const n = pack.sections.length;
    const section = sectionAt(pack, p);
    return html`
      <header part="header">
        <h2 lang=${lang ?? nothing}>${pack.title}</h2>
        <p class="meta">${[t('ageBand', { band: pack.ageBand.replace('-', '–') }), pack.durationMinutes ? t('duration', { minutes: pack.durationMinutes }) : '']
          .filter(Boolean)
          .join(' · ')}</p>
        ${section
          ? html`<p class="count">${t('count', { n: p.at + 1, total: n })}</p>
              <progress max=${n} value=${p.at + 1} aria-label=${t('count', { n: p.at + 1, total: n })}></progress>`
          : nothing}
        <div class="row tools">
          <button type="button" part="button" data-action="notes" aria-pressed=${this.teacher ? 'true' : 'false'} @click=${this.#toggleTeacher}>
            ${t('teacherNotes')}
          </button>
        </div>
      </header>
      <div part="body">
        ${p.at < 0
          ? this.#renderPlan(pack, p)
          : !section
            ? this.#renderEnd(pack, p)
            : warningShowing(pack, p)
              ? this.#renderWarning(section)
              : this.#renderSection(pack, section, p)}
      </div>
      ${this.#renderTalk()}
      <footer part="footer">
        <span class="row">
          <button type="button" part="button" data-action="print-pupil" @click=${() => this.#printCopy('pupil')}>${t('printPupil')}</button>
          <button type="button" part="button" data-action="print-teacher" @click=${() => this.#printCopy('teacher')}>${t('printTeacher')}</button>
        </span>
        ${this.#data.render()}
      </footer>
    `;
  }

  #renderPlan(pack: LessonPack, p: LessonProgress): TemplateResult {
    const t = this.i18n.t;
    const lang = this.contentLang;
    const list = (items?: string[]) => (items?.length ? html`<ul lang=${lang ?? nothing}>${items.map((x) => html`<li>${inline(x)}</li>`)}</ul>` : nothing);
    const begun = p.checked.length > 0 || p.seen.length > 0 || p.skipped.length > 0;
    return html`
      ${pack.summary ? html`<p class="summary">${inline(pack.summary, lang)}</p>` : nothing}
      <h3 class="plan-title" tabindex="-1">${t('plan')}</h3>
      ${pack.objectives?.length ? html`<h4>${t('objectives')}</h4>${list(pack.objectives)}` : nothing}
      ${pack.prepare?.length ? html`<h4>${t('prepare')}</h4>${list(pack.prepare)}` : nothing}
      <h4>${t('sections')}</h4>
      <ol class="sections">
        ${pack.sections.map(
          (s, i) => html`<li>
            <button type="button" class="link-button" data-section=${s.id} @click=${() => this.#go(i)}>
              <span lang=${lang ?? nothing}>${s.title}</span>
            </button>
            ${s.warning ? html`<span class="tag">${t('hasNote')}</span>` : nothing}
            ${p.skipped.includes(s.id) ? html`<span class="tag">${t('wasSkipped')}</span>` : nothing}
          </li>`,
        )}
      </ol>
      <div class="row">
        <button type="button" part="button" data-variant="primary" data-action="start" @click=${() => this.#go(0)}>
          ${begun ? t('startAgainFromFirst') : t('start')}
        </button>
      </div>
      ${this.#speech.voice || lang === 'jv' || (this.content.pack?.lang ?? 'id') !== 'id' || !globalThis.speechSynthesis ? nothing : this.#voiceHelp()}
    `;
  }

  /** How to install the device's Indonesian voice (Android): in the lesson's second namespace, loaded only where it shows. */
  #voiceHelp(): unknown {
    const t = this.i18n.t;
    if (!t('lesson-extra:voice.title', { defaultValue: '' })) {
      void this.i18n.need('lesson-extra').then(() => this.requestUpdate(), () => {});
      return nothing;
    }
    return html`<details class="voice-help"><summary>${t('lesson-extra:voice.title')}</summary><p>${t('lesson-extra:voice.android')}</p></details>`;
  }

  #renderWarning(s: LessonSection): TemplateResult {
    const t = this.i18n.t;
    return html`<div class="warning" role="group" aria-labelledby="warning-title">
      <h3 class="warning-title" id="warning-title" tabindex="-1">${t('contentNote')}</h3>
      <p lang=${this.contentLang ?? nothing}><strong>${s.title}</strong></p>
      <p>${inline(s.warning, this.contentLang)}</p>
      <p class="note">${t('contentNoteHelp')}</p>
      <div class="row">
        <button type="button" part="button" data-variant="primary" data-action="continue" @click=${this.#accept}>${t('continue')}</button>
        <button type="button" part="button" data-action="skip" @click=${this.#skip}>${t('skip')}</button>
      </div>
    </div>`;
  }

  #renderDrawing(id: string | undefined): TemplateResult | typeof nothing {
    if (!id) return nothing;
    const alt = this.i18n.t(`illustrations:${id}`, { defaultValue: '' });
    const art = drawn.get(id);
    if (!art) void this.#loadDrawing(id);
    return html`<figure part="illustration" class="drawing">
      <svg viewBox="0 0 320 200" role="img" aria-label=${alt}>${art ?? svg`<rect class="bg" width="320" height="200" rx="12"/>`}</svg>
    </figure>`;
  }

  #renderSection(pack: LessonPack, s: LessonSection, p: LessonProgress): TemplateResult {
    const t = this.i18n.t;
    const lang = this.contentLang;
    const last = p.at === pack.sections.length - 1;
    const reading = this.#speech.reading >= 0;
    return html`<article class="section" lang=${lang ?? nothing}>
        <h3 class="section-title" tabindex="-1" ?hidden=${this.#paged && typeof this.#partsOf(s)[this.#part] === 'number'}>${s.title}</h3>
        ${this.#speech.voice
          ? html`<div class="row read" lang=${this.i18n.lang}>
              <button type="button" part="button" data-action="read" aria-pressed=${reading ? 'true' : 'false'} @click=${() => this.#readAloud(s)}>
                ${reading ? t('stopReading') : t('readAloud')}
              </button>
              <button type="button" part="button" class="link-button" data-action="test-voice" @click=${() => this.#speech.read([t('voiceTest')])}>
                ${t('testVoice')}
              </button>
            </div>`
          : nothing}
        ${this.#renderPart(s, p, lang)}
      </article>
      <nav class="row nav" aria-label=${t('navLabel')}>
        <button type="button" part="button" data-variant="primary" data-action="next" @click=${() => (this.#paged ? this.nextStep() : this.#go(p.at + 1))}>
          ${last && (!this.#paged || this.#part === this.#partsOf(s).length - 1) ? t('finish') : t('nextSection')}
        </button>
        <button type="button" part="button" data-action="prev" @click=${() => (this.#paged ? this.prevStep() : this.#go(p.at - 1))}>
          ${p.at === 0 && !this.#part ? t('backToPlan') : t('prevSection')}
        </button>
      </nav>`;
  }

  /** On a projector one part of the section: its text, its discussion prompt, or one question. */
  #renderPart(s: LessonSection, p: LessonProgress, lang: string | undefined): unknown {
    const part = this.#paged ? this.#partsOf(s)[this.#part] : 't0';
    if (typeof part === 'number') return this.#renderQuestion(s.checkpoint![part]!, p, lang);
    if (part === 'd')
      return html`<aside part="discussion" class="discussion big"><h4 lang=${this.i18n.lang}>${this.i18n.t('discuss')}</h4><p>${inline(s.discussion)}</p></aside>`;
    return this.#renderBody(s, p, lang, Number(part!.slice(1)));
  }

  /** A section's text, drawing, discussion, notes, and (when not paged) its checkpoint. */
  #renderBody(s: LessonSection, p: LessonProgress, lang: string | undefined, piece = 0): TemplateResult {
    const t = this.i18n.t;
    return html`${piece ? nothing : this.#renderDrawing(s.illustration)}
        ${this.#pieces(s)[piece]!.split(/\n+/).map((para) => html`<p>${inline(para)}</p>`)}
        ${s.discussion && !this.#paged
          ? html`<aside part="discussion" class="discussion"><h4 lang=${this.i18n.lang}>${t('discuss')}</h4><p>${inline(s.discussion)}</p></aside>`
          : nothing}
        ${this.teacher && s.teacherNotes
          ? html`<aside part="teacher-notes" class="teacher-notes"><h4 lang=${this.i18n.lang}>${t('teacherNotes')}</h4>
              ${s.teacherNotes.split(/\n+/).map((para) => html`<p>${inline(para)}</p>`)}</aside>`
          : nothing}
        ${s.checkpoint?.length && !this.#paged
          ? html`<section class="checkpoint" aria-labelledby=${`cp-${s.id}`}>
              <h4 id=${`cp-${s.id}`} lang=${this.i18n.lang}>${t('checkpoint')}</h4>
              ${s.checkpoint.map((q) => this.#renderQuestion(q, p, lang))}
            </section>`
          : nothing}`;
  }

  #renderQuestion(q: CheckpointQuestion, p: LessonProgress, lang?: string): TemplateResult {
    const tq = this.#tq;
    const checked = p.checked.includes(q.id);
    const a = answerFor(p.answers, q.id);
    const scored = isScored(q);
    const r = checked && scored ? scoreQuestion(q, a) : undefined;
    const incomplete = !checked ? this._incomplete[q.id] : undefined;
    return html`<div class="question" data-question=${q.id}>
      <fieldset aria-describedby=${checked ? `fb-${q.id}` : incomplete ? `incomplete-${q.id}` : nothing}>
        <legend class="prompt">${inline(q.prompt)}</legend>
        ${q.type === 'single' || q.type === 'true-false' ? nothing : html`<p class="hint" lang=${this.i18n.lang}>${tq(`hint.${q.type}`)}</p>`}
        ${questionInputs(this.#questionHost(lang), q, a, checked, r?.perOption)}
        ${incomplete ? html`<p class="incomplete" id=${`incomplete-${q.id}`} lang=${this.i18n.lang}>${incomplete}</p>` : nothing}
      </fieldset>
      ${checked
        ? html`<div class="after" data-after=${q.id} tabindex="-1">
            ${r
              ? questionFeedback(tq, q, a, r, lang)
              : html`<div part="feedback" id=${`fb-${q.id}`} data-state="reflection">
                  <p lang=${this.i18n.lang}><strong>${this.i18n.t('reflectionThanks')}</strong></p>
                  ${q.explanation ? html`<p>${inline(q.explanation)}</p>` : nothing}
                </div>`}
          </div>`
        : html`<div class="row">
            <button type="button" part="button" data-action="check" data-question=${q.id} lang=${this.i18n.lang} @click=${() => this.#check(q)}>
              ${scored ? tq('check') : this.i18n.t('answerReflection')}
            </button>
          </div>`}
    </div>`;
  }

  /** The end of the lesson (a lazy chunk: reached once); a busy line until it has loaded. */
  #renderEnd(pack: LessonPack, p: LessonProgress): unknown {
    if (!this.#endView) {
      void import('./end.js').then((m) => {
        this.#endView = m;
        this.requestUpdate();
      });
      return html`<p role="status" aria-busy="true">${this.i18n.t('common:loading')}</p>`;
    }
    return this.#endView.renderLessonEnd({
      pack,
      p,
      t: this.i18n.t,
      tq: this.#tq,
      ui: this.i18n.lang,
      lang: this.contentLang,
      go: (at) => this.#go(at),
      restart: () => {
        this.#set(startLesson(pack));
        this.#completed = false;
        this.#startedAt = Date.now();
        this.live.announce(this.i18n.t('restarted'), '.plan-title');
        this.#emitStep();
      },
    });
  }

  #renderTalk(): TemplateResult {
    return html`<details part="talk" class="talk" @toggle=${(e: Event) => {
      if ((e.target as HTMLDetailsElement).open) void import('../help-card/define.js');
    }}>
      <summary>${this.i18n.t('talk')}</summary>
      <p>${this.i18n.t('talkIntro')}</p>
      <aman-help-card
        lang=${this.i18n.lang}
        region=${this.region ?? nothing}
        region-src=${this.regionSrc ?? nothing}
        ?external-src=${this.externalSrc}
        quick-exit-href=${this.quickExitHref ?? nothing}
      ></aman-help-card>
    </details>`;
  }
}
