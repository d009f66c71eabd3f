import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { AmanElement } from '../../shared/base.js';
import { AnnounceController } from '../../shared/announce.js';
import { hasSteps, type PresenterSteps } from '../../shared/steps.js';
import { deviceStore } from '../../shared/storage.js';
import { downloadFile } from '../../shared/download.js';
import { csv, parseCount } from '../../core/csv.js';
import { presenterStyles } from './presenter.styles.js';

/** What the presenter and its notes window say to each other over the same-origin channel. */
export type NotesMessage =
  | { type: 'hello' }
  | { type: 'state'; step: number; total: number; title: string; next?: string; notes?: string; blackout: boolean; lang: string }
  | { type: 'key'; action: 'next' | 'prev' | 'blackout' };

export const NOTES_CHANNEL = 'aman-presenter';

/** Keys as clickers and keyboards send them. */
const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar']);
const PREV = new Set(['ArrowLeft', 'PageUp']);

/** Focus is where a key has its own meaning (typing, choosing an option): the presenter leaves it alone there. */
function ownsKey(e: KeyboardEvent): boolean {
  const t = e.composedPath()[0] as HTMLElement | undefined;
  if (!t || !(t instanceof HTMLElement)) return false;
  const choice = t instanceof HTMLInputElement && (t.type === 'radio' || t.type === 'checkbox');
  if (t.isContentEditable || /^(TEXTAREA|SELECT)$/.test(t.tagName) || (t.tagName === 'INPUT' && !choice)) return true;
  // Space and the arrows press a button or move a choice; PageDown/PageUp (what clickers send) never do.
  return (e.key === ' ' || e.key.startsWith('Arrow')) && (choice || /^(BUTTON|SUMMARY|A)$/.test(t.tagName));
}

/**
 * Presents the element inside it (a quiz, a lesson, the stigma module — anything that speaks the step protocol of
 * `src/shared/steps.ts`) on a borrowed projector: full screen, projector scale, clicker keys (→ PageDown Space next,
 * ← PageUp back, B or . blackout, F full screen, S notes, Esc leave full screen), a visible key hint, a calm blackout,
 * a break screen with who to talk to, a show-of-hands tally with a bar chart, and a notes window for the laptop
 * (`presenter-notes.html`, kept in sync over a BroadcastChannel; either window may reload). It knows nothing else
 * about its child.
 *
 * @summary Wraps a quiz, lesson or stigma module for a projector: keys, notes window, blackout, tally, break screen.
 *
 * @slot - The element to present (it must implement the step protocol).
 * @csspart base - The outer box.
 * @csspart stage - Where the presented element is shown.
 * @csspart controls - The bar of buttons and the key hint.
 * @csspart tally - The show-of-hands panel.
 * @csspart button - Every button.
 *
 * @fires aman-step - Re-fired from the presented element as its step changes.
 */
export class AmanPresenter extends AmanElement {
  static override styles = [...AmanElement.styles, presenterStyles];
  static override namespaces = ['presenter', 'common'];

  static override properties: PropertyDeclarations = {
    region: { type: String },
    regionSrc: { type: String, attribute: 'region-src' },
    notesHref: { type: String, attribute: 'notes-href' },
    _step: { state: true },
    _blackout: { state: true },
    _break: { state: true },
    _tally: { state: true },
    _notesLink: { state: true },
  };

  /** Region pack id for the break screen's contacts; default `nasional`. */
  declare region: string | null;
  /** URL of the page's region pack for the break screen. */
  declare regionSrc: string | null;
  /** The notes page (default: `presenter-notes.html` beside the page). */
  declare notesHref: string | null;

  private declare _step: number;
  private declare _blackout: boolean;
  private declare _break: boolean;
  private declare _tally: boolean;
  private declare _notesLink: boolean;
  #packId = '';
  #channel?: BroadcastChannel;
  #counts: Record<string, number[]> = {};
  #drafts: Record<string, string> = {};
  readonly live = new AnnounceController(this);

  constructor() {
    super();
    this.region = null;
    this.regionSrc = null;
    this.notesHref = null;
    this._step = 0;
    this._blackout = false;
    this._break = false;
    this._tally = false;
    this._notesLink = false;
    this.scale = 'projector';
  }

  /** The presented element, when it speaks the step protocol. */
  get child(): (Element & PresenterSteps) | undefined {
    const c = [...this.children].find((e) => hasSteps(e));
    return c as (Element & PresenterSteps) | undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onKey);
    document.addEventListener('fullscreenchange', this.#onFullscreen);
    this.addEventListener('aman-step', this.#onStep);
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(NOTES_CHANNEL);
      this.#channel.onmessage = (e: MessageEvent<NotesMessage>) => this.#onMessage(e.data);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onKey);
    document.removeEventListener('fullscreenchange', this.#onFullscreen);
    this.removeEventListener('aman-step', this.#onStep);
    this.#channel?.close();
  }

  #onFullscreen = (): void => this.requestUpdate();

  /** The presented element takes the presenter's projector scale (its own projector layout follows the attribute). */
  protected override updated(): void {
    const c = this.child;
    if (c && this.scale === 'projector' && !c.hasAttribute('scale')) c.setAttribute('scale', 'projector');
  }

  #onStep = (e: Event): void => {
    const d = (e as CustomEvent<{ packId: string; step: number }>).detail;
    if (e.target === this) return;
    if (d.packId !== this.#packId) {
      this.#packId = d.packId;
      this.#load();
    }
    this._step = d.step;
    this.requestUpdate(); // the step count and the choices come from the child: render even when the index is the same
    this.#post();
  };

  #onMessage(m: NotesMessage): void {
    if (m?.type === 'hello') this.#post();
    else if (m?.type === 'key') this.#act(m.action);
  }

  /** The state the notes window shows. */
  #post(): void {
    const c = this.child;
    if (!this.#channel || !c) return;
    const i = c.currentStep;
    this.#channel.postMessage({
      type: 'state',
      step: i,
      total: c.stepCount,
      title: c.stepTitle(i),
      next: i + 1 < c.stepCount ? c.stepTitle(i + 1) : undefined,
      notes: c.stepNotes(i),
      blackout: this._blackout,
      lang: this.i18n.lang,
    } satisfies NotesMessage);
  }

  #onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownsKey(e)) return;
    const k = e.key;
    const action = NEXT.has(k)
      ? 'next'
      : PREV.has(k)
        ? 'prev'
        : k === 'b' || k === 'B' || k === '.'
          ? 'blackout'
          : k === 'f' || k === 'F'
            ? 'fullscreen'
            : k === 's' || k === 'S'
              ? 'notes'
              : k === 'Escape'
                ? 'escape'
                : undefined;
    if (!action) return;
    e.preventDefault();
    this.#act(action);
  };

  #act(action: 'next' | 'prev' | 'blackout' | 'fullscreen' | 'notes' | 'escape'): void {
    const c = this.child;
    const t = this.i18n.t;
    switch (action) {
      case 'next':
      case 'prev':
        if (this._blackout) this.#setBlackout(false);
        if (!c) return;
        if (!(action === 'next' ? c.nextStep() : c.prevStep())) this.live.announce(t(action === 'next' ? 'atEnd' : 'atStart'));
        return;
      case 'blackout':
        return this.#setBlackout(!this._blackout);
      case 'fullscreen':
        return void this.#fullscreen();
      case 'notes':
        return this.openNotes();
      case 'escape':
        if (this._blackout) this.#setBlackout(false);
        else if (this._break) this._break = false;
        else if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    }
  }

  #setBlackout(on: boolean): void {
    this._blackout = on;
    this.live.announce(this.i18n.t(on ? 'blackoutOn' : 'blackoutOff'));
    this.#post();
  }

  async #fullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      /* refused (no gesture, an iframe without allowfullscreen): the presenter still fills its box */
    }
  }

  /** Opens the notes page for the laptop; when the browser blocks the window, a visible link does it instead. */
  openNotes(): void {
    const w = window.open(this.#notesUrl, 'aman-notes', 'popup,width=720,height=600');
    this._notesLink = !w;
    if (!w) this.live.announce(this.i18n.t('notesBlocked'));
  }

  get #notesUrl(): string {
    return new URL(this.notesHref ?? 'presenter-notes.html', document.baseURI).href;
  }

  // --- the show of hands ------------------------------------------------------------------------------------------

  get #key(): string {
    return `presenter:${this.#packId}`;
  }

  #load(): void {
    try {
      const v = JSON.parse(deviceStore.get(this.#key) ?? '{}') as unknown;
      const ok =
        typeof v === 'object' &&
        v !== null &&
        Object.values(v).every((c) => Array.isArray(c) && c.every((n) => Number.isSafeInteger(n) && n >= 0));
      this.#counts = ok ? (v as Record<string, number[]>) : {};
    } catch {
      this.#counts = {};
    }
  }

  #countsAt(choices: string[]): number[] {
    const c = this.#counts[this.#stepKey] ?? [];
    return choices.map((_, i) => c[i] ?? 0);
  }

  get #stepKey(): string {
    const c = this.child;
    return c ? (c.stepKey?.(c.currentStep) ?? String(c.currentStep)) : '';
  }

  #setCount(choices: string[], i: number, n: number): void {
    const c = this.#countsAt(choices);
    c[i] = n;
    this.#counts = { ...this.#counts, [this.#stepKey]: c };
    deviceStore.set(this.#key, JSON.stringify(this.#counts));
    this.requestUpdate();
  }

  #bump(choices: string[], i: number, by: number): void {
    delete this.#drafts[`${this.#stepKey}-${i}`];
    const n = Math.max(0, this.#countsAt(choices)[i]! + by);
    this.#setCount(choices, i, n);
    this.live.announce(this.i18n.t('counted', { choice: choices[i], n }));
  }

  #typed(choices: string[], i: number, input: HTMLInputElement): void {
    this.#drafts[`${this.#stepKey}-${i}`] = input.value;
    const n = parseCount(input.value);
    if (typeof n === 'number') this.#setCount(choices, i, n);
    else this.requestUpdate();
  }

  /** Every count of the session, for the facilitator's report: step title, answer, count. */
  #export(type: 'csv' | 'json'): void {
    const c = this.child;
    if (!c) return;
    const rows: (string | number)[][] = [];
    for (let i = 0; i < c.stepCount; i++) {
      const choices = c.stepChoices?.(i);
      const counts = this.#counts[c.stepKey?.(i) ?? String(i)];
      if (choices && counts) choices.forEach((ch, j) => rows.push([i + 1, c.stepTitle(i), ch, counts[j] ?? 0]));
    }
    const date = new Date().toISOString().slice(0, 10);
    const name = `${this.#packId || 'aman'}-hitungan-${date}.${type}`;
    downloadFile(
      name,
      type === 'csv'
        ? csv([['step', 'title', 'answer', 'count'], ...rows])
        : JSON.stringify({ packId: this.#packId, date, counts: rows.map(([step, title, answer, count]) => ({ step, title, answer, count })) }, null, 2),
    );
    this.live.announce(this.i18n.t('exported', { file: name }));
  }

  // --- rendering ----------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    if (this.waitingForWords) return this.renderBusy();
    const t = this.i18n.t;
    const c = this.child;
    const total = c?.stepCount ?? 0;
    const at = c ? c.currentStep : this._step;
    const choices = c?.stepChoices?.(at);
    const full = !!document.fullscreenElement;
    const button = (action: string, label: string, onClick: () => void, pressed?: boolean) =>
      html`<button type="button" part="button" data-action=${action} aria-pressed=${pressed === undefined ? nothing : String(pressed)} @click=${onClick}>
        ${label}
      </button>`;
    return html`<div part="base" class="presenter">
      <div part="stage" class="stage" ?inert=${this._blackout || this._break} aria-hidden=${this._blackout || this._break ? 'true' : nothing}>
        <slot @slotchange=${() => this.requestUpdate()}></slot>
        ${this._tally && choices ? this.#renderTally(choices) : nothing}
      </div>
      ${this._blackout
        ? html`<div class="blackout" role="status"><p>${t('blackoutNote')}</p></div>`
        : nothing}
      ${this._break
        ? html`<section class="break" aria-labelledby="break-title">
            <h2 id="break-title" tabindex="-1">${t('breakTitle')}</h2>
            <p>${t('breakText')}</p>
            <aman-help-card region=${this.region ?? nothing} region-src=${this.regionSrc ?? nothing} lang=${this.i18n.lang}></aman-help-card>
            <div class="row">${button('end-break', t('endBreak'), () => ((this._break = false), this.live.announce('', '[data-action=next]')))}</div>
          </section>`
        : nothing}
      <div part="controls" class="controls" role="toolbar" aria-label=${t('controls')}>
        ${button('prev', t('prev'), () => this.#act('prev'))}
        <span class="pos">${t('position', { n: at + 1, total })}</span>
        ${button('next', t('next'), () => this.#act('next'))}
        ${button('blackout', t('blackout'), () => this.#act('blackout'), this._blackout)}
        ${choices ? button('tally', t('tally'), () => (this._tally = !this._tally), this._tally) : nothing}
        ${button('break', t('break'), () => {
          this._break = true;
          void import('../help-card/define.js');
          this.live.focusAfterRender('#break-title');
        })}
        ${button('notes', t('notes'), () => this.openNotes())}
        ${this._notesLink ? html`<a href=${this.#notesUrl} target="aman-notes" class="notes-link">${t('notesLink')}</a>` : nothing}
        ${button('fullscreen', t('fullscreen'), () => this.#act('fullscreen'), full)}
        <p class="keys">${t('keys')}</p>
      </div>
      ${this.live.render()}
    </div>`;
  }

  /** Counts per answer, typed or with − and +, and the room's answers as bars with their numbers. */
  #renderTally(choices: string[]): TemplateResult {
    const t = this.i18n.t;
    const counts = this.#countsAt(choices);
    const max = Math.max(1, ...counts);
    const sum = counts.reduce((a, b) => a + b, 0);
    const rowH = 28;
    return html`<section part="tally" class="tally" aria-labelledby="tally-title">
      <h2 id="tally-title">${t('tallyTitle')}</h2>
      <div class="tally-grid">
        <fieldset>
          <legend>${t('counts')}</legend>
          ${choices.map((ch, i) => {
            const id = `count-${i}`;
            const draft = this.#drafts[`${this.#stepKey}-${i}`];
            const bad = draft === undefined ? undefined : parseCount(draft);
            return html`<div class="count-row">
              <label for=${id}>${ch}</label>
              <button type="button" part="button" aria-label=${t('less', { choice: ch })} @click=${() => this.#bump(choices, i, -1)}>−</button>
              <input id=${id} type="text" inputmode="numeric" autocomplete="off" .value=${draft ?? String(counts[i])}
                aria-invalid=${typeof bad === 'string' ? 'true' : nothing} aria-describedby=${typeof bad === 'string' ? `${id}-err` : nothing}
                @input=${(e: Event) => this.#typed(choices, i, e.target as HTMLInputElement)} />
              <button type="button" part="button" aria-label=${t('more', { choice: ch })} @click=${() => this.#bump(choices, i, 1)}>+</button>
              ${typeof bad === 'string' ? html`<p class="error" id=${`${id}-err`}>${t(`bad.${bad}`, { field: ch })}</p>` : nothing}
            </div>`;
          })}
        </fieldset>
        <figure>
          <svg class="bars" viewBox=${`0 0 400 ${choices.length * rowH}`} role="img" aria-label=${t('chart', { total: sum })}>
            ${choices.map(
              (_, i) => svg`<rect class="bar" x="0" y=${i * rowH + 4} height=${rowH - 8} width=${(counts[i]! / max) * 330}></rect>
                <text class="num" x=${(counts[i]! / max) * 330 + 6} y=${i * rowH + rowH / 2 + 5}>${counts[i]}</text>`,
            )}
          </svg>
          <table>
            <caption>${t('chart', { total: sum })}</caption>
            <tr><th scope="col">${t('answer')}</th><th scope="col">${t('count')}</th></tr>
            ${choices.map((ch, i) => html`<tr><td>${ch}</td><td>${counts[i]}</td></tr>`)}
          </table>
        </figure>
      </div>
      <div class="row">
        <button type="button" part="button" data-action="export-csv" @click=${() => this.#export('csv')}>${t('exportCsv')}</button>
        <button type="button" part="button" data-action="export-json" @click=${() => this.#export('json')}>${t('exportJson')}</button>
      </div>
    </section>`;
  }
}
