import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { CollaborationCheckPack } from '../../core/types.js';
import type { RoundExport } from '../../core/collaboration-results.js';
import type { TrainingResult } from '../../core/training-result.js';
import type { CodeProblem } from '../../core/collaboration.js';
import { BIDI } from '../../core/markup.js';
import { AmanPackElement } from '../../shared/pack-element.js';
import { DeviceDataController, deviceDataStyles } from '../../shared/device-data.js';
import { tableStyles } from '../../shared/form.styles.js';
import type { BoardHost, BoardState } from './board.js';
import { monitoringStyles } from './monitoring.styles.js';

/** A smaller group is not anonymous: the board shows nothing below this many responses. */
const MIN_RESPONSES = 3;
const plain = (s: string): string => s.replace(BIDI, '');
/** What the board keeps of a round on the coordinator's device. */
interface Saved {
  codes?: string[];
  previous?: RoundExport;
  results?: TrainingResult[];
}

/**
 * The forum coordinator's board. It reads the same collaboration-check pack as `<aman-collaboration-check>`, takes
 * the members' response codes (pasted — one per line or a whole WhatsApp chat export — or as text files), and shows
 * per dimension the group's median and spread as a radar chart with its table, the weakest dimensions with the
 * pack's recommendations, and the change since a previous round (its JSON export). Nothing shows until three
 * responses are in: a smaller group is not anonymous. It also imports training result files and shows completions
 * per agency and role, each competency's average and the decisions most often gone wrong; names only in the
 * per-person list, behind a button. The round is kept on this device only, with "clear my data"; CSV, JSON and a
 * one-page A4 report take it to the meeting.
 *
 * @summary The forum coordinator's board: response codes and training results in, charts, recommendations, report.
 *
 * @csspart base - The outer box.
 * @csspart header - Title and round.
 * @csspart body - The board.
 * @csspart feedback - Codes or files that could not be read, and why.
 * @csspart button - Every button.
 * @csspart footer - Where the data is kept, and "clear my data".
 *
 * @cssproperty --aman-color-primary - Buttons and the median line of the chart.
 * @cssproperty --aman-color-focus - The previous round's line.
 * @cssproperty --aman-scale - Text scale (the `scale="projector"` attribute sets 1.75).
 *
 * @fires aman-error - When the pack cannot be loaded or is invalid: `{packId, message, path}`.
 */
export class AmanMonitoring extends AmanPackElement<CollaborationCheckPack> {
  static override styles = [...AmanPackElement.styles, deviceDataStyles, tableStyles, monitoringStyles];
  static override namespaces = ['monitoring', 'contacts', 'common'];
  static override kind = 'collaboration-check' as const;

  static override properties: PropertyDeclarations = {
    round: { type: String, reflect: true },
  };

  /** The round on the board (e.g. `2026-12`): codes of another round are refused. */
  declare round: string | null;

  #codes: string[] = [];
  #answers: number[][] = [];
  /** What the last paste or file could not count. */
  #problems: { code: string; problem: CodeProblem }[] = [];
  #board: BoardState = { results: [], showNames: false, prevMsg: '', trainingMsg: '' };
  /** The picture and the training screens, loaded when a pack is on the board. */
  #screens?: typeof import('./board.js');
  readonly #data = new DeviceDataController(
    this,
    () => this.i18n.t,
    () => {
      this.#restore();
      this.live.announce(this.i18n.t('common:cleared'), 'textarea');
    },
  );

  constructor() {
    super();
    this.round = null;
  }

  get #round(): string {
    return this.round ?? '';
  }

  get #key(): string {
    return `monitoring:${this.content.pack?.id}:${this.#round}`;
  }

  protected override async packReady(): Promise<void> {
    this.#screens ??= await import('./board.js');
    this.#restore();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('round') && changed.get('round') !== undefined && this.#screens && this.content.pack) this.#restore();
  }

  /** The round as this device kept it (codes read again against the pack), else an empty board. */
  #restore(): void {
    const pack = this.content.pack!;
    let s: Saved = {};
    try {
      s = JSON.parse(this.#data.get(this.#key) ?? '{}') as Saved;
    } catch {
      /* a damaged entry is an empty board */
    }
    this.#codes = [];
    this.#answers = [];
    for (const c of s.codes ?? []) {
      const r = this.#screens!.decodeResponse(pack, this.#round, c);
      if ('answers' in r) {
        this.#codes.push(r.code);
        this.#answers.push(r.answers);
      }
    }
    const previous = s.previous?.pack?.id === pack.id && Array.isArray(s.previous.dimensions) ? s.previous : undefined;
    this.#board = { previous, results: Array.isArray(s.results) ? s.results : [], showNames: false, prevMsg: '', trainingMsg: '' };
    this.#problems = [];
    this.requestUpdate();
  }

  #save(): void {
    const s: Saved = { codes: this.#codes, previous: this.#board.previous, results: this.#board.results };
    this.#data.save(this.#key, JSON.stringify(s));
    this.requestUpdate();
  }

  // --- what the coordinator does ---------------------------------------------------------------------------------

  /** Counts every readable, new code in `text`; says how many were added and which could not be, and why. */
  #addCodes(text: string): void {
    const t = this.i18n.t;
    const read = this.#screens!.readCodes(this.content.pack!, this.#round, text, new Set(this.#codes));
    let added = 0;
    this.#problems = [];
    for (const r of read) {
      if ('answers' in r) {
        this.#codes.push(r.code);
        this.#answers.push(r.answers);
        added++;
      } else this.#problems.push(r);
    }
    this.#save();
    const parts = [t('added', { count: added }), t('responses', { count: this.#codes.length })];
    if (!read.length) parts[0] = t('noCodes');
    if (this.#problems.length) parts.push(t('unread', { count: this.#problems.length }));
    this.live.announce(parts.join(' '));
  }

  #paste(): void {
    const area = this.renderRoot.querySelector('textarea')!;
    this.#addCodes(area.value);
    if (!this.#problems.length) area.value = '';
  }

  async #files(input: HTMLInputElement, use: (text: string, name: string) => void): Promise<void> {
    for (const f of input.files ?? []) use(await f.text(), f.name);
    input.value = '';
  }

  /** What the board's screens need, read afresh for each render. */
  get #host(): BoardHost {
    return {
      el: this,
      t: this.i18n.t,
      uiLang: this.i18n.lang,
      lang: this.contentLang,
      pack: this.content.pack!,
      round: this.#round,
      answers: this.#answers,
      state: this.#board,
      save: () => this.#save(),
      announce: (text) => this.live.announce(text),
      files: (input, use) => this.#files(input, use),
    };
  }

  // --- rendering -------------------------------------------------------------------------------------------------

  protected override renderPack(pack: CollaborationCheckPack): TemplateResult {
    const t = this.i18n.t;
    if (!this.#screens) return html`<p role="status" aria-busy="true">${t('common:loading')}</p>`;
    const lang = this.contentLang;
    const n = this.#codes.length;
    return html`<div part="header">
        <h2 lang=${lang ?? nothing}>${plain(pack.title)}</h2>
        <p>${this.#round ? t('round', { round: plain(this.#round) }) : t('noRound')}</p>
      </div>
      <div part="body">
        <section data-noprint aria-labelledby="codes-title">
          <h3 id="codes-title">${t('codesTitle')}</h3>
          <label for="codes">${t('pasteLabel')}</label>
          <p class="hint" id="codes-hint">${t('pasteHint')}</p>
          <textarea id="codes" aria-describedby="codes-hint" spellcheck="false" autocomplete="off"></textarea>
          <p class="row"><button type="button" part="button" data-variant="primary" data-action="add" @click=${() => this.#paste()}>${t('add')}</button></p>
          <label for="code-files">${t('codeFiles')}</label>
          <p><input type="file" id="code-files" multiple accept=".txt,text/plain" @change=${(e: Event) =>
            void this.#files(e.target as HTMLInputElement, (text) => this.#addCodes(text))} /></p>
          <p class="status">${t('responses', { count: n })}</p>
          ${this.#problems.length
            ? html`<div class="problems" part="feedback">
                <p>${t('unread', { count: this.#problems.length })}</p>
                <ul>${this.#problems.map((p) => html`<li><span class="code">${p.code}</span>: ${t(`problem.${p.problem}`)}</li>`)}</ul>
              </div>`
            : nothing}
        </section>
        <section aria-labelledby="picture-title">
          <h3 id="picture-title">${t('pictureTitle')}</h3>
          ${n < MIN_RESPONSES
            ? html`<p class="status" data-state="too-few">${t('tooFew', { min: MIN_RESPONSES, count: n })}</p>`
            : this.#screens.renderPicture(this.#host)}
        </section>
        ${this.#screens.renderTraining(this.#host)}
      </div>
      <div part="footer" data-noprint>
        <p class="note">${t('kept')}</p>
        ${this.#data.render()}
      </div>`;
  }
}
