import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { CollaborationCheckPack } from '../../core/types.js';
import { BIDI } from '../../core/markup.js';
import { AmanPackElement } from '../../shared/pack-element.js';
import { choiceGroup } from '../../shared/choice.js';
import { choiceStyles } from '../../shared/form.styles.js';
import type { PresenterSteps } from '../../shared/steps.js';
import { collaborationStyles } from './collaboration-check.styles.js';

const plain = (s: string): string => s.replace(BIDI, '');

/**
 * A forum member rates the forum, anonymously, on their own phone or on one laptop passed around a meeting with no
 * internet: one statement per screen on the pack's five-point scale, then a short response code to copy and send to
 * the coordinator by hand. Nothing is stored and nothing is sent: the answers live in memory until the code is made,
 * and "next person" clears the screen. The code names the pack, its version and the round, never the person.
 *
 * @summary Anonymous self-assessment of an inter-agency forum that ends in a response code for the coordinator.
 *
 * @csspart base - The outer box.
 * @csspart header - Title and round.
 * @csspart body - The screen on show.
 * @csspart option - (through the choice cards) an answer of the scale.
 * @csspart feedback - What is still unanswered.
 * @csspart button - Every button.
 *
 * @cssproperty --aman-color-primary - Buttons and the code's frame.
 * @cssproperty --aman-scale - Text scale (the `scale="projector"` attribute sets 1.75).
 *
 * @fires aman-progress - When an answer is chosen: `{packId, step, total}` (statements answered; no answer in it).
 * @fires aman-step - When the screen changes: `{packId, step, total}` (the presenter's step protocol).
 * @fires aman-error - When the pack cannot be loaded or is invalid: `{packId, message, path}`.
 */
export class AmanCollaborationCheck extends AmanPackElement<CollaborationCheckPack> implements PresenterSteps {
  static override styles = [...AmanPackElement.styles, choiceStyles, collaborationStyles];
  static override namespaces = ['collaboration-check', 'common'];
  static override kind = 'collaboration-check' as const;

  static override properties: PropertyDeclarations = {
    round: { type: String, reflect: true },
  };

  /** The round the answers belong to (e.g. `2026-12`); the coordinator's board takes codes of its own round only. */
  declare round: string | null;

  /** 0: the introduction; 1…n: statement n; n + 1: the code. */
  #step = 0;
  #answers: Record<string, number> = {};
  #code = '';
  #missing = false;
  /** The code writer, loaded with the first pack (a page with every element does not load it until then). */
  #encode?: typeof import('../../core/collaboration.js').encodeResponse;

  constructor() {
    super();
    this.round = null;
  }

  // --- the presenter's step protocol ---------------------------------------------------------------------------

  /** The introduction, one screen per statement, and the code. */
  get stepCount(): number {
    return (this.content.pack?.items.length ?? -2) + 2;
  }

  get currentStep(): number {
    return this.#step;
  }

  goToStep(index: number): void {
    this.#go(index);
  }

  nextStep(): boolean {
    return this.#go(this.#step + 1);
  }

  prevStep(): boolean {
    return this.#go(this.#step - 1);
  }

  stepTitle(index: number): string {
    const pack = this.content.pack;
    if (!pack) return '';
    const it = pack.items[index - 1];
    return it ? plain(it.statement) : index ? this.i18n.t('codeTitle') : plain(pack.title);
  }

  stepNotes(): string | undefined {
    return undefined;
  }

  // --- what a member does ----------------------------------------------------------------------------------------

  protected override async packReady(): Promise<void> {
    this.#encode ??= (await import('../../core/collaboration.js')).encodeResponse;
    this.#reset();
  }

  #reset(): void {
    this.#answers = {};
    this.#code = '';
    this.#missing = false;
    this.#step = -1;
    this.#go(0, false);
  }

  /** Shows screen `index`; the code screen only once every statement has an answer (else: the first open one). */
  #go(index: number, focus = true): boolean {
    const pack = this.content.pack;
    if (!pack) return false;
    const n = pack.items.length;
    let to = Math.max(0, Math.min(index, n + 1));
    if (this.#code && to <= n) return false; // the answers are gone once the code is made: only "next person" starts again
    if (to === n + 1 && !this.#code) {
      const open = pack.items.findIndex((it) => !this.#answers[it.id]);
      if (open >= 0) {
        this.#missing = true;
        to = open + 1;
      } else if (!this.#encode) {
        // The code writer is a lazy chunk, fetched when the pack came: on a slow phone it may still be on its way.
        void import('../../core/collaboration.js').then((m) => {
          this.#encode = m.encodeResponse;
          this.#go(index, focus);
        });
        return false;
      } else {
        this.#code = this.#encode(pack, this.round ?? '', this.#answers);
        this.#answers = {}; // nothing of the answers stays behind the code
      }
    }
    if (to === this.#step) {
      if (this.#missing) this.live.announce(this.#missingText(), 'input');
      this.requestUpdate();
      return false;
    }
    this.#step = to;
    if (focus) this.live.announce(this.#missing ? this.#missingText() : '', '.step-title');
    this.requestUpdate();
    this.emit('aman-step', { packId: pack.id, step: to, total: n + 2 });
    return true;
  }

  #missingText(): string {
    const pack = this.content.pack!;
    const list = pack.items.flatMap((it, i) => (this.#answers[it.id] ? [] : [i + 1])).join(', ');
    return this.i18n.t('missing', { list });
  }

  #answer(id: string, v: number): void {
    const pack = this.content.pack!;
    const fresh = !this.#answers[id];
    this.#answers = { ...this.#answers, [id]: v };
    if (!pack.items.some((it) => !this.#answers[it.id])) this.#missing = false;
    this.requestUpdate();
    if (fresh) this.emit('aman-progress', { packId: pack.id, step: Object.keys(this.#answers).length, total: pack.items.length });
  }

  async #copy(): Promise<void> {
    const t = this.i18n.t;
    try {
      await navigator.clipboard.writeText(this.#code);
      this.live.announce(t('copied'));
    } catch {
      // No clipboard (an insecure page, a refused permission): the code is selected for the person to copy.
      getSelection()?.selectAllChildren(this.renderRoot.querySelector('.code')!);
      this.live.announce(t('copyFailed'));
    }
  }

  #nextPerson(): void {
    this.#reset();
    this.live.announce(this.i18n.t('ready'), '.step-title');
  }

  // --- rendering -------------------------------------------------------------------------------------------------

  protected override renderPack(pack: CollaborationCheckPack): TemplateResult {
    const t = this.i18n.t;
    const lang = this.contentLang;
    const n = pack.items.length;
    const it = pack.items[this.#step - 1];
    const nav = (label: string, back: boolean): TemplateResult => html`<div class="row nav">
      <button type="button" part="button" data-variant="primary" data-action="next" @click=${() => this.nextStep()}>${label}</button>
      ${back ? html`<button type="button" part="button" data-action="prev" @click=${() => this.prevStep()}>${t('prev')}</button>` : nothing}
    </div>`;
    let body: TemplateResult;
    if (this.#code) {
      body = html`<h3 class="step-title" tabindex="-1">${t('codeTitle')}</h3>
        <p class="code" id="code" data-code>${this.#code}</p>
        <p>${t('codeHint')}</p>
        <div class="row nav">
          <button type="button" part="button" data-action="copy" aria-describedby="code" @click=${() => void this.#copy()}>${t('copy')}</button>
          <button type="button" part="button" data-variant="primary" data-action="next-person" @click=${() => this.#nextPerson()}>${t('nextPerson')}</button>
        </div>
        <p class="note">${t('nextPersonNote')}</p>`;
    } else if (it) {
      const missing = this.#missing && !this.#answers[it.id];
      body = html`<h3 class="step-title" tabindex="-1">${t('position', { n: this.#step, total: n })}</h3>
        ${choiceGroup({
          name: `s-${it.id}`,
          legend: html`<span lang=${lang ?? nothing}>${plain(it.statement)}</span>`,
          hint: missing ? t('unanswered') : undefined,
          options: pack.scale.map((label, v) => [String(v + 1), plain(label)] as const),
          value: this.#answers[it.id] ? String(this.#answers[it.id]) : undefined,
          onChange: (v) => this.#answer(it.id, Number(v)),
          lang,
        })}
        ${this.#missing ? html`<p class="missing" part="feedback">${this.#missingText()}</p>` : nothing}
        ${nav(t(this.#step === n ? 'finish' : 'next'), true)}`;
    } else {
      body = html`<h3 class="step-title" tabindex="-1">${t('introTitle')}</h3>
        ${pack.description ? html`<p lang=${lang ?? nothing}>${plain(pack.description)}</p>` : nothing}
        <p>${t('intro', { count: n })}</p>
        <p class="note">${t('privacy')}</p>
        ${nav(t('start'), false)}`;
    }
    return html`<div part="header">
        <h2 lang=${lang ?? nothing}>${plain(pack.title)}</h2>
        ${this.round ? html`<p class="round">${t('round', { round: plain(this.round) })}</p>` : nothing}
      </div>
      <div part="body">${body}</div>`;
  }
}
